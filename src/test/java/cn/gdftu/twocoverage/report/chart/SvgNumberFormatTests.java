package cn.gdftu.twocoverage.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SVG coordinates' format must give exactly what Batik's own {@code #.##} format gives. */
class SvgNumberFormatTests {

	private final SvgNumberFormat format = new SvgNumberFormat();

	/** Batik's format at precision 2, as SVGGeneratorContext builds it. */
	private final DecimalFormat batik = new DecimalFormat("#.##", new DecimalFormatSymbols(Locale.US));

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = { "0.5|0.5", "-0.5|-0.5", "1.1|1.1", "-3.1|-3.1", "1919.996|1920",
			"12.345678|12.35", "0.07|0.07", "-1080.004|-1080", "0.999|1",
			// Ties and rounding to zero: half-even on the exact binary value, "-0" for a small negative.
			"0.125|0.12", "0.135|0.14", "2.675|2.67", "0.005|0.01", "0.015|0.01", "0.001|0", "-0.001|-0",
			"12345678.123|12345678.12" })
	void formatsAsBatiksFormat(double value, String expected) {
		assertThat(this.format.format(value)).isEqualTo(expected);
		assertThat(this.batik.format(value)).isEqualTo(expected);
	}

	@Test
	void agreesWithBatiksFormatOnRandomCoordinates() {
		SplittableRandom random = new SplittableRandom(26);
		List<String> differing = new ArrayList<>();
		for (int i = 0; i < 400_000; i++) {
			double value = switch (i % 4) {
				case 0 -> random.nextDouble(-2500, 2500);
				// Glyph outlines are floats scaled and translated.
				case 1 -> (float) random.nextDouble(-40, 40) * 1.5 + random.nextInt(1920);
				// On and next to the thousandths, where the ties are.
				case 2 -> random.nextInt(-2_000_000, 2_000_000) / 1000.0;
				default -> Math.nextUp(random.nextInt(-400_000, 400_000) / 200.0);
			};
			String expected = this.batik.format(value);
			if (!this.format.format(value).equals(expected)) {
				differing.add(value + " -> " + expected);
			}
		}
		assertThat(differing).isEmpty();
	}
}
