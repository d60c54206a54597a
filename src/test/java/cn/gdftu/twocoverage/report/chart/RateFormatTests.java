package cn.gdftu.twocoverage.report.chart;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.gdftu.twocoverage.coverage.Rate;
import cn.gdftu.twocoverage.report.Percent;

import static org.assertj.core.api.Assertions.assertThat;

/** Every four-place rate reads the same on the page, the charts and the slides, as coverage.csv rounds it. */
class RateFormatTests {

	@Test
	void pageChartsAndSlidesAgreeOnEveryFourPlaceRate() {
		RateFormat chart = new RateFormat();
		for (int tenThousandths = 0; tenThousandths <= 10_000; tenThousandths++) {
			BigDecimal rate = BigDecimal.valueOf(tenThousandths, 4);
			// Half-up to tenths of a percent, by integer arithmetic: 15 ten-thousandths = 1.5 tenths → 2.
			int tenths = (tenThousandths + 5) / 10;
			String expected = (tenths / 10) + "." + (tenths % 10) + "%";
			assertThat(Percent.of(rate)).as("page, %s", rate).isEqualTo(expected);
			assertThat(chart.format(rate)).as("chart, the dataset's rate %s", rate).isEqualTo(expected);
			assertThat(chart.format(rate.doubleValue())).as("chart, a double %s", rate).isEqualTo(expected);
			assertThat(Rate.text(rate)).as("coverage.csv").isEqualTo(rate.toPlainString());
		}
	}

	@Test
	void theCaseTheIssueNamed() {
		assertThat(new RateFormat().format(0.0015)).isEqualTo("0.2%");
		assertThat(Percent.of(new BigDecimal("0.0015"))).isEqualTo("0.2%");
	}

	@Test
	void anUndefinedRateHasNoFigure() {
		assertThat(Percent.of(null)).isEqualTo("无数据");
	}
}
