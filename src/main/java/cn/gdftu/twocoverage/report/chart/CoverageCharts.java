package cn.gdftu.twocoverage.report.chart;

import java.math.BigDecimal;
import java.util.List;

import org.jfree.chart.JFreeChart;

/**
 * The report's charts. Each method takes plain values and returns a chart laid out for a 16:9
 * slide; write it with {@link ChartWriter}. Rates are fractions in [0, 1]; a null rate
 * (denominator 0) is shown as missing ("无数据"), never as 0 %.
 */
public final class CoverageCharts {

	private CoverageCharts() {
	}

	/**
	 * Cities (or a city's counties) ranked by one rate, highest first, with the target and the
	 * province average as labelled lines; null rates last, marked "无数据".
	 */
	public static JFreeChart rankingChart(ChartHeading heading, Coverage coverage, List<RateBar> bars, BigDecimal target,
			BigDecimal provinceAverage) {
		return RankingChart.create(heading, coverage, bars, target, provinceAverage);
	}

	/**
	 * Each city by organisation rate (across) and contract rate (up), named, with the two targets
	 * as quadrant lines. Cities missing either rate are listed under the plot.
	 */
	public static JFreeChart scatterChart(ChartHeading heading, List<RatePoint> points, BigDecimal orgTarget,
			BigDecimal contractTarget) {
		return ScatterChart.create(heading, points, orgTarget, contractTarget);
	}

	/** The province's two rates over up to 12 periods, oldest first, against their targets. */
	public static JFreeChart trendChart(ChartHeading heading, List<TrendPoint> points, BigDecimal orgTarget,
			BigDecimal contractTarget) {
		return TrendChart.create(heading, points, orgTarget, contractTarget);
	}

	/** Both rates for each industry, ownership type or county, in the order given. */
	public static JFreeChart pairedBarChart(ChartHeading heading, List<PairedRate> rates) {
		return PairedBarChart.create(heading, rates);
	}

	/** Accepted and rejected rows per city; missing and wholly rejected returns marked. */
	public static JFreeChart completenessChart(ChartHeading heading, List<CityStatus> cities) {
		return CompletenessChart.create(heading, cities);
	}

	/** Contracts in force by scope: how many contracts, and how many unions they cover. */
	public static JFreeChart scopeSplitChart(ChartHeading heading, List<ScopeCount> scopes) {
		return ScopeSplitChart.create(heading, scopes);
	}

	/**
	 * The province's covered units last period, each movement since, and now, as a waterfall; the
	 * first and last steps are totals.
	 */
	public static JFreeChart movementChart(ChartHeading heading, List<MovementStep> steps) {
		return MovementChart.create(heading, steps);
	}
}
