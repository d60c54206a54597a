package cn.gdftu.twocoverage.report.chart;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.WaterfallBarRenderer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The province's contract-movement waterfall: totals and signed steps, in the bundled font. */
class MovementChartTests {

	static final ChartHeading HEADING = ChartHeading.of("全省专项集体合同覆盖变动", java.time.YearMonth.of(2026, 10), 21);

	final List<MovementStep> steps = List.of(MovementStep.total("2026年9月已覆盖", 1873),
			MovementStep.step("原有工会新覆盖", 50), MovementStep.step("新建工会已覆盖", 0),
			MovementStep.step("合同到期未续签", -7), MovementStep.total("本期已覆盖", 1916));

	@Test
	void labelsTotalsAsCountsAndStepsWithTheirSign() {
		JFreeChart chart = CoverageCharts.movementChart(HEADING, this.steps);
		assertThat(DrawnText.strings(chart)).contains("1,873", "+50", "0", "-7", "1,916", "原有工会新覆盖",
				"全省专项集体合同覆盖变动", ChartHeading.SOURCE);
	}

	@Test
	void aWaterfallWhoseAxisShowsEveryStep() {
		JFreeChart chart = CoverageCharts.movementChart(HEADING, this.steps);
		CategoryPlot plot = (CategoryPlot) chart.getPlot();
		assertThat(plot.getRenderer()).isInstanceOf(WaterfallBarRenderer.class);
		// The running totals stay between 1,866 and 1,923: the axis is zoomed onto them, not from 0.
		assertThat(plot.getRangeAxis().getLowerBound()).isGreaterThan(1000).isLessThan(1866);
		assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThan(1923);
	}

	@Test
	void everyTextIsInTheBundledFont() {
		JFreeChart chart = CoverageCharts.movementChart(HEADING, this.steps);
		assertThat(DrawnText.of(chart)).isNotEmpty().allMatch((text) -> ("'" + ChartFonts.FAMILY + "'").equals(text.fontFamily()));
	}
}
