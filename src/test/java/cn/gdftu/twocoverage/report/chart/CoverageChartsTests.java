package cn.gdftu.twocoverage.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.gdftu.twocoverage.ingest.Scope;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;

class CoverageChartsTests {

	private static final ChartHeading HEADING = ChartHeading.of("测试", SampleData.PERIOD, 19);

	@Nested
	class Ranking {

		private final List<RateBar> bars = List.of(new RateBar("广州市", new BigDecimal("0.80")), new RateBar("潮州市", null),
				new RateBar("深圳市", new BigDecimal("0.95")), new RateBar("汕尾市", null), new RateBar("韶关市", new BigDecimal("0.875")));

		private final JFreeChart chart = CoverageCharts.rankingChart(HEADING, Coverage.ORGANISATION, bars, new BigDecimal("0.95"),
				new BigDecimal("0.8731"));

		@Test
		void sortsHighestFirstWithMissingRatesLastInTheirOrder() {
			assertThat(dataset(chart).getColumnKeys()).containsExactly("深圳市", "韶关市", "广州市", "潮州市", "汕尾市");
		}

		@Test
		void aNullRateStaysNullAndIsLabelledNoData() {
			CategoryDataset dataset = dataset(chart);
			assertThat(dataset.getValue(Coverage.ORGANISATION.label(), "潮州市")).isNull();
			assertThat(dataset.getValue(Coverage.ORGANISATION.label(), "汕尾市")).isNull();
			List<String> drawn = DrawnText.strings(chart);
			assertThat(drawn).filteredOn("无数据"::equals).hasSize(2);
			assertThat(drawn).doesNotContain("0.0%");
		}

		@Test
		void labelsTheBarsTheTargetAndTheProvinceAverage() {
			assertThat(DrawnText.strings(chart)).contains("95.0%", "87.5%", "80.0%", "目标 95%", "全省 87.3%", "测试",
					"2026年10月 · 纳入统计 19/21 个市", ChartHeading.SOURCE);
		}

		@Test
		void usesTheColourOfItsRate() {
			CategoryPlot plot = (CategoryPlot) chart.getPlot();
			assertThat(plot.getRenderer().getSeriesPaint(0)).isEqualTo(Coverage.ORGANISATION.colour());
			JFreeChart contract = CoverageCharts.rankingChart(HEADING, Coverage.CONTRACT, bars, new BigDecimal("0.9"), null);
			assertThat(((CategoryPlot) contract.getPlot()).getRenderer().getSeriesPaint(0))
				.isEqualTo(Coverage.CONTRACT.colour());
		}

		@Test
		void drawsWhenNoCityHasARateAndThereIsNoAverage() {
			JFreeChart empty = CoverageCharts.rankingChart(HEADING, Coverage.CONTRACT,
					List.of(new RateBar("广州市", null), new RateBar("深圳市", null)), new BigDecimal("0.9"), null);
			assertThat(dataset(empty).getValue(0, 0)).isNull();
			assertThat(DrawnText.strings(empty)).contains("无数据", "广州市", "深圳市").noneMatch(s -> s.startsWith("全省"));
		}
	}

	@Nested
	class Scatter {

		private final JFreeChart chart = CoverageCharts.scatterChart(HEADING,
				List.of(new RatePoint("广州市", new BigDecimal("0.91"), new BigDecimal("0.85")), new RatePoint("深圳市", new BigDecimal("0.97"), new BigDecimal("0.93")),
						new RatePoint("潮州市", null, new BigDecimal("0.8")), new RatePoint("汕尾市", new BigDecimal("0.7"), null)),
				new BigDecimal("0.95"), new BigDecimal("0.90"));

		@Test
		void plotsOnlyCitiesWithBothRatesAndListsTheOthers() {
			XYPlot plot = (XYPlot) chart.getPlot();
			assertThat(plot.getDataset().getItemCount(0)).isEqualTo(2);
			assertThat(DrawnText.strings(chart)).contains("未绘出（无数据）：潮州市、汕尾市");
		}

		@Test
		void saysNoDataWhenNoCityHasBothRates() {
			JFreeChart empty = CoverageCharts.scatterChart(HEADING, List.of(new RatePoint("潮州市", null, null)), new BigDecimal("0.95"),
					new BigDecimal("0.9"));
			assertThat(DrawnText.strings(empty)).contains("无数据", "未绘出（无数据）：潮州市");
		}

		@Test
		void namesEveryPlottedCityOnceAndLabelsTheTargets() {
			List<String> drawn = DrawnText.strings(chart);
			assertThat(drawn).filteredOn("广州市"::equals).hasSize(1);
			assertThat(drawn).filteredOn("深圳市"::equals).hasSize(1);
			assertThat(drawn).contains("组织目标 95%", "合同目标 90%", "两项均达标");
		}
	}

	@Nested
	class Trend {

		private final List<TrendPoint> points = List.of(new TrendPoint(YearMonth.of(2025, 12), new BigDecimal("0.80"), new BigDecimal("0.70")),
				new TrendPoint(YearMonth.of(2026, 1), null, new BigDecimal("0.72")), new TrendPoint(YearMonth.of(2026, 2), new BigDecimal("0.83"), new BigDecimal("0.73")));

		private final JFreeChart chart = CoverageCharts.trendChart(HEADING, points, new BigDecimal("0.95"), new BigDecimal("0.90"));

		@Test
		void aMissingRateIsAGapLabelledNoData() {
			CategoryDataset dataset = dataset(chart);
			assertThat(dataset.getValue(0, 1)).isNull();
			assertThat(dataset.getValue(1, 1)).isEqualTo(new BigDecimal("0.72"));
			assertThat(DrawnText.strings(chart)).contains("无数据", "80.0%", "83.0%", "72.0%");
		}

		@Test
		void namesMonthsWithTheYearAtTheStartAndWhereItChanges() {
			assertThat(dataset(chart).getColumnKeys()).containsExactly("12月\n2025年", "1月\n2026年", "2月");
			assertThat(TrendChart.periodLabel(YearMonth.of(2026, 5), YearMonth.of(2026, 4))).isEqualTo("5月");
		}

		@Test
		void drawsTwelvePeriodsAndBothTargets() {
			List<TrendPoint> year = SampleData.trend(YearMonth.of(2025, 11), new double[12], new double[12]);
			List<String> drawn = DrawnText.strings(CoverageCharts.trendChart(HEADING, year, new BigDecimal("0.95"), new BigDecimal("0.9")));
			assertThat(drawn).contains("11月", "12月", "1月", "10月", "2025年", "2026年", "组织目标 95%", "合同目标 90%");
		}
	}

	@Nested
	class PairedRates {

		@Test
		void groupsTheTwoRatesOfEachNameWhenFew() {
			JFreeChart chart = CoverageCharts.pairedBarChart(HEADING, SampleData.paired(SampleData.ownerships(), 1));
			CategoryDataset dataset = dataset(chart);
			assertThat(dataset.getRowKeys()).containsExactly(Coverage.ORGANISATION.label(), Coverage.CONTRACT.label());
			assertThat(dataset.getColumnKeys()).containsExactly("国有", "集体", "私营", "外商投资", "港澳台投资", "其他");
		}

		@Test
		void putsManyNamesInTwoPanelsSharingTheNames() {
			JFreeChart chart = CoverageCharts.pairedBarChart(HEADING, SampleData.paired(SampleData.industries(), 1));
			List<CategoryPlot> panels = panels(chart);
			assertThat(panels).hasSize(2);
			CategoryPlot org = panels.get(0);
			CategoryPlot contract = panels.get(1);
			assertThat(org.getDataset().getColumnKeys()).hasSize(20).startsWith("农、林、牧、渔业");
			assertThat(org.getRenderer().getSeriesPaint(0)).isEqualTo(Coverage.ORGANISATION.colour());
			assertThat(contract.getRenderer().getSeriesPaint(0)).isEqualTo(Coverage.CONTRACT.colour());
			assertThat(DrawnText.strings(chart)).contains(Coverage.ORGANISATION.label(), Coverage.CONTRACT.label(),
					"信息传输、软件和信息技术服务业");
		}

		@Test
		void nullRatesAreNullAndLabelledNoDataInEachLayout() {
			List<PairedRate> few = List.of(new PairedRate("国有", new BigDecimal("0.9"), null), new PairedRate("集体", null, null));
			JFreeChart grouped = CoverageCharts.pairedBarChart(HEADING, few);
			assertThat(dataset(grouped).getValue(Coverage.CONTRACT.label(), "国有")).isNull();
			assertThat(DrawnText.strings(grouped)).filteredOn("无数据"::equals).hasSize(3);

			JFreeChart panels = CoverageCharts.pairedBarChart(HEADING, SampleData.paired(SampleData.industries(), 1));
			assertThat(panels(panels).get(0).getDataset().getValue(0, 19)).isNull();
			assertThat(DrawnText.strings(panels)).filteredOn("无数据"::equals).hasSize(2);
		}
	}

	@Nested
	class Completeness {

		private final JFreeChart chart = CoverageCharts.completenessChart(HEADING,
				List.of(new CityStatus("广州市", SubmissionStatus.SUBMITTED, 9036, 285),
						new CityStatus("深圳市", SubmissionStatus.SUBMITTED, 12768, 0),
						new CityStatus("汕尾市", SubmissionStatus.MISSING, 0, 0),
						new CityStatus("潮州市", SubmissionStatus.REJECTED, 0, 0)));

		@Test
		void stacksAcceptedAndRejectedRowsAndLabelsTheTotal() {
			CategoryDataset dataset = dataset(chart);
			assertThat(dataset.getValue(CompletenessChart.ACCEPTED, "广州市")).isEqualTo(9036);
			assertThat(dataset.getValue(CompletenessChart.REJECTED, "广州市")).isEqualTo(285);
			assertThat(DrawnText.strings(chart)).contains("9,036 行 · 退回 285 行", "12,768 行");
		}

		@Test
		void marksMissingAndWhollyRejectedReturnsWithoutBars() {
			CategoryDataset dataset = dataset(chart);
			assertThat(dataset.getValue(CompletenessChart.ACCEPTED, "汕尾市")).isNull();
			assertThat(dataset.getValue(CompletenessChart.ACCEPTED, "潮州市")).isNull();
			assertThat(DrawnText.strings(chart)).contains("未报送", "整体退回，未采用");
		}
	}

	@Nested
	class ScopeSplit {

		@Test
		void showsContractsAndCoveredUnionsPerScopeInTwoPanels() {
			JFreeChart chart = CoverageCharts.scopeSplitChart(HEADING, SampleData.scopes());
			assertThat(panels(chart)).hasSize(2);
			assertThat(panels(chart).get(0).getDataset().getColumnKeys()).containsExactly("单独签订", "区域性",
					"行业性");
			assertThat(DrawnText.strings(chart)).contains(ScopeSplitChart.CONTRACTS, ScopeSplitChart.UNIONS,
					"18,342 份", "1,265 份", "40,873 家", "15,214 家");
		}

		@Test
		void theScopesCarryTheNamesTheChartShows() {
			assertThat(Scope.fromCode("regional")).isEqualTo(Scope.REGIONAL);
			assertThat(Scope.ENTERPRISE.label()).isEqualTo("单独签订");
			assertThat(Scope.INDUSTRY.label()).isEqualTo("行业性");
		}
	}

	@Nested
	class EmptyInput {

		@Test
		void everyKindDrawsItsHeadingAndSaysNoData() throws Exception {
			List<JFreeChart> charts = List.of(
					CoverageCharts.rankingChart(HEADING, Coverage.ORGANISATION, List.of(), new BigDecimal("0.95"), null),
					CoverageCharts.scatterChart(HEADING, List.of(), new BigDecimal("0.95"), new BigDecimal("0.9")),
					CoverageCharts.trendChart(HEADING, List.of(), new BigDecimal("0.95"), new BigDecimal("0.9")),
					CoverageCharts.pairedBarChart(HEADING, List.of()),
					CoverageCharts.completenessChart(HEADING, List.of()),
					CoverageCharts.scopeSplitChart(HEADING, List.of()));
			for (JFreeChart chart : charts) {
				assertThat(ChartWriter.png(chart)).isNotEmpty();
				assertThat(DrawnText.strings(chart)).contains("测试", ChartHeading.SOURCE, "无数据");
			}
		}

		@Test
		void completenessWithNoReturnAtAllMarksEveryCity() {
			JFreeChart chart = CoverageCharts.completenessChart(HEADING,
					List.of(new CityStatus("广州市", SubmissionStatus.MISSING, 0, 0),
							new CityStatus("深圳市", SubmissionStatus.MISSING, 0, 0)));
			assertThat(DrawnText.strings(chart)).filteredOn("未报送"::equals).hasSize(2);
		}
	}

	@Nested
	class Style {

		@Test
		void subtitleSaysThePeriodAndTheCitiesIncluded() {
			assertThat(ChartHeading.periodLine(YearMonth.of(2026, 10), 19)).isEqualTo("2026年10月 · 纳入统计 19/21 个市");
			JFreeChart chart = SampleData.all().get("ranking-org");
			assertThat(chart.getTitle().getFont().getSize2D()).isGreaterThanOrEqualTo(52f);
			assertThat(((TextTitle) chart.getSubtitle(0)).getText()).isEqualTo("2026年10月 · 纳入统计 19/21 个市");
		}

		@Test
		void tickLabelsAreAtLeast26Px() {
			CategoryPlot plot = (CategoryPlot) SampleData.all().get("ranking-org").getPlot();
			assertThat(plot.getDomainAxis().getTickLabelFont().getSize2D()).isGreaterThanOrEqualTo(26f);
			assertThat(plot.getRangeAxis().getTickLabelFont().getSize2D()).isGreaterThanOrEqualTo(26f);
		}

		@Test
		void ratesAreRoundedHalfUpToOneDecimal() {
			assertThat(ChartStyle.rateFormat().format(new BigDecimal("0.8125"))).isEqualTo("81.3%");
			assertThat(ChartStyle.rateFormat().format(new BigDecimal("0.0015"))).isEqualTo("0.2%");
			assertThat(ChartStyle.rateFormat().format(new BigDecimal("1.0000"))).isEqualTo("100.0%");
			assertThat(ChartStyle.rateFormat().format(0.8125)).isEqualTo("81.3%");
		}

		@Test
		void targetLinesAreLabelledAsThePageWritesTheTarget() {
			JFreeChart ranking = CoverageCharts.rankingChart(HEADING, Coverage.ORGANISATION,
					List.of(new RateBar("广州市", new BigDecimal("0.9000"))), new BigDecimal("0.9125"), null);
			assertThat(DrawnText.strings(ranking)).contains("目标 91.25%", "90.0%").doesNotContain("目标 91.3%");
			JFreeChart trend = CoverageCharts.trendChart(HEADING, List.of(), new BigDecimal("0.925"),
					new BigDecimal("0.9125"));
			assertThat(DrawnText.strings(trend)).contains("组织目标 92.5%", "合同目标 91.25%");
		}

		@Test
		void countsHaveThousandsSeparatorsOnLabelsAndTicks() {
			assertThat(ChartStyle.countFormat().format(1234567L)).isEqualTo("1,234,567");
			assertThat(ChartStyle.countFormat().format(2000.0)).isEqualTo("2,000");
			assertThat(ChartStyle.countFormat().format(1999.9999999)).isEqualTo("2,000");
			assertThat(ChartStyle.countFormat().format(0.0)).isEqualTo("0");
		}

		@Test
		void percentAxisShowsNoTickAbove100Percent() {
			PercentAxis axis = ChartStyle.percentAxis(null, 0, 1.2);
			BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
			Graphics2D g2 = image.createGraphics();
			List<?> ticks = axis.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(0, 0, 1400, 700),
					RectangleEdge.BOTTOM);
			g2.dispose();
			assertThat(ticks).extracting(t -> ((ValueTick) t).getValue()).contains(0.0).allMatch(v -> v <= 1.0 + 1e-9);
			assertThat(ticks).extracting(t -> ((ValueTick) t).getText()).contains("0%", "50%", "100%");
		}
	}

	@SuppressWarnings("unchecked")
	private static List<CategoryPlot> panels(JFreeChart chart) {
		return ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots();
	}

	private static CategoryDataset dataset(JFreeChart chart) {
		return ((CategoryPlot) chart.getPlot()).getDataset();
	}
}
