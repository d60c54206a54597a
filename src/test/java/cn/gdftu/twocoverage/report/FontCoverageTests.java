package cn.gdftu.twocoverage.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.gdftu.twocoverage.coverage.ExpiringContract;
import cn.gdftu.twocoverage.ingest.ReturnEncoding;
import cn.gdftu.twocoverage.report.chart.ChartFonts;

import static org.assertj.core.api.Assertions.assertThat;

/** Every character the job can meet in the committed data is drawn by the bundled font. */
class FontCoverageTests {

	@Test
	void theFontDrawsEveryCharacterOfTheSampleInput() throws Exception {
		assertDrawable(Path.of("input"));
	}

	@Test
	void theFontDrawsEveryCharacterOfTheReferenceData() throws Exception {
		assertDrawable(Path.of("src/main/resources/reference"));
	}

	@Test
	void theCheckNamesACharacterOfTheDataOutsideTheFont() {
		ReportData sample = ReportSamples.period(true);
		assertThat(FontCheck.undrawable(sample)).isEmpty();
		List<ExpiringContract> expiring = new ArrayList<>(sample.expiring());
		ExpiringContract first = expiring.get(0);
		expiring.set(0, new ExpiringContract(first.cityCode(), first.contractId(), first.scope(), first.effectiveFrom(),
				first.expiresOn(), first.coveredEmployers(), first.coveredWomenEmployees(), first.countyCode(),
				"珺琤科技（한국）有限公司"));
		ReportData withHangul = new ReportData(sample.period(), sample.load(), sample.coverage(), sample.previous(),
				sample.previousPeriod(), sample.submissions(), sample.reasonCounts(), sample.unknownSubmissions(),
				expiring, sample.scopeCounts(), sample.history());
		assertThat(FontCheck.undrawable(withHangul)).containsExactly("한", "국");
		assertThat(FontCheck.warning(FontCheck.undrawable(withHangul))).contains("한（U+D55C）、국（U+AD6D）")
			.contains("make-subset.sh");
	}

	private static void assertDrawable(Path root) throws Exception {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(root)) {
			files = walk.filter((f) -> f.toString().endsWith(".csv")).sorted().toList();
		}
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			String text = new String(Files.readAllBytes(file), ReturnEncoding.detect(file));
			assertThat(ChartFonts.undrawable(text.replace("\uFEFF", ""))).as(file.toString()).isEmpty();
		}
	}
}
