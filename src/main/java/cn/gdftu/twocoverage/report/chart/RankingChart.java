package cn.gdftu.twocoverage.report.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import cn.gdftu.twocoverage.coverage.Rate;

/** Cities (or counties) ranked by one rate, with the target and the province average as lines. */
final class RankingChart {

	/** Room right of 100 % for the value labels of the longest bars. */
	private static final double UPPER = 1.1;

	private RankingChart() {
	}

	static JFreeChart create(ChartHeading heading, Coverage coverage, List<RateBar> bars, BigDecimal target,
			BigDecimal provinceAverage) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		CategoryAxis names = ChartStyle.categoryAxis();
		for (RateBar bar : sorted(bars)) {
			dataset.addValue(bar.rate(), coverage.label(), bar.name());
			if (bar.rate() == null) {
				names.setTickLabelPaint(bar.name(), Palette.MISSING);
			}
		}
		// The empty band above the first bar holds the labels of the two lines.
		names.setLowerMargin(0.07);
		RateBarRenderer renderer = new RateBarRenderer(ChartStyle.rateFormat(), ChartStyle.NO_DATA,
				coverage.colour());
		CategoryPlot plot = new CategoryPlot(dataset, names, ChartStyle.percentAxis(null, 0, UPPER), renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		ChartStyle.categoryPlot(plot);

		ValueMarker targetLine = ChartStyle.marker(target.doubleValue(), "目标 " + Rate.target(target),
				Palette.TARGET, ChartStyle.TARGET_STROKE);
		plot.addRangeMarker(targetLine, Layer.BACKGROUND);
		if (provinceAverage != null) {
			ValueMarker averageLine = ChartStyle.marker(provinceAverage.doubleValue(),
					"全省 " + Rate.percent(provinceAverage), Palette.AVERAGE,
					ChartStyle.AVERAGE_STROKE);
			plot.addRangeMarker(averageLine, Layer.BACKGROUND);
			// The higher line's label goes right of it, the lower one's left, so they never collide.
			boolean targetHigher = target.compareTo(provinceAverage) >= 0;
			labelBeside(targetLine, targetHigher);
			labelBeside(averageLine, !targetHigher);
		}
		else {
			labelBeside(targetLine, true);
		}
		return ChartStyle.chart(plot, heading, false);
	}

	/** Highest first; cities without a rate last, in their given order. */
	static List<RateBar> sorted(List<RateBar> bars) {
		List<RateBar> sorted = new ArrayList<>(bars);
		sorted.sort(Comparator.comparing(RateBar::rate, Comparator.nullsLast(Comparator.reverseOrder())));
		return sorted;
	}

	private static void labelBeside(ValueMarker marker, boolean right) {
		if (right) {
			ChartStyle.labelAt(marker, RectangleAnchor.TOP_RIGHT, TextAnchor.TOP_LEFT);
		}
		else {
			ChartStyle.labelAt(marker, RectangleAnchor.TOP_LEFT, TextAnchor.TOP_RIGHT);
		}
	}
}
