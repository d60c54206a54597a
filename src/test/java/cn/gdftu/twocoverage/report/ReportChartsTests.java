package cn.gdftu.twocoverage.report;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;
import cn.gdftu.twocoverage.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;

class ReportChartsTests {

	private final ReportCharts charts = new ReportCharts(ReferenceData.bundled(), ReportSamples.TARGETS);

	@Test
	void thePromisedChartsAndOneCountyChartPerIncludedCity() {
		List<String> names = this.charts.specs(ReportSamples.period(true)).stream().map(ReportCharts.Spec::name)
			.toList();
		assertThat(names).containsExactly("city-ranking-org", "city-ranking-contract", "city-scatter",
				"province-trend", "completeness", "industry", "ownership", "contract-scope", "county-440100",
				"county-440300", "county-440400");
	}

	@Test
	void everyChartIsSubtitledWithThePeriodAndTheCitiesIncluded() {
		for (ReportCharts.Spec spec : this.charts.specs(ReportSamples.period(true))) {
			JFreeChart chart = spec.chart();
			assertThat(chart.getTitle().getText()).as(spec.name()).isEqualTo(spec.title());
			assertThat(chart.getSubtitles()).as(spec.name())
				.filteredOn(TextTitle.class::isInstance)
				.extracting((t) -> ((TextTitle) t).getText())
				.contains("2026年10月 · 纳入统计 3/21 个市");
		}
	}

	@Test
	void aCityWithoutCountiesIsShownBesideTheProvince() {
		ReportData sample = ReportSamples.period(true);
		List<Submission> submissions = new ArrayList<>(sample.submissions());
		submissions.replaceAll((s) -> s.cityCode().equals("441900")
				? new Submission("441900", SubmissionStatus.SUBMITTED, 1, 1, 0, 0, 0, 0, "") : s);
		ReportData withDongguan = new ReportData(sample.period(), sample.load(), sample.coverage(), sample.previous(),
				sample.previousPeriod(), submissions, sample.reasonCounts(), sample.unknownSubmissions(),
				sample.expiring(), sample.scopeCounts(), sample.history());
		ReportCharts.Spec dongguan = this.charts.specs(withDongguan).stream()
			.filter((s) -> s.name().equals("county-441900"))
			.findFirst()
			.orElseThrow();
		assertThat(dongguan.title()).isEqualTo("东莞市两个覆盖率（不设区县，与全省对比）");
		CategoryPlot plot = (CategoryPlot) dongguan.chart().getPlot();
		assertThat(plot.getDataset().getColumnKeys()).containsExactly("东莞市", "全省");
	}

	@Test
	void aCountyChartIsTitledWithItsCity() {
		assertThat(this.charts.specs(ReportSamples.period(true))).filteredOn((s) -> s.name().equals("county-440100"))
			.singleElement()
			.extracting(ReportCharts.Spec::title)
			.isEqualTo("广州市各区县两个覆盖率");
	}
}
