package cn.gdftu.twocoverage.report.chart;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Contracts in force by scope, in two panels sharing the scope names: how many contracts, and
 * how many unions they cover. Separate scales, because one regional contract covers many unions.
 */
final class ScopeSplitChart {

	static final String CONTRACTS = "合同份数";
	static final String UNIONS = "覆盖基层工会数";

	private static final double HEADROOM = 1.45;

	private ScopeSplitChart() {
	}

	static JFreeChart create(ChartHeading heading, List<ScopeCount> scopes) {
		CategoryAxis names = ChartStyle.categoryAxis();
		names.setCategoryMargin(0.5);
		CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(names);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setGap(64);
		plot.add(panel(CONTRACTS, " 份", scopes, true));
		plot.add(panel(UNIONS, " 家", scopes, false));
		return ChartStyle.chart(plot, heading, false);
	}

	private static CategoryPlot panel(String measure, String unit, List<ScopeCount> scopes, boolean contracts) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		List<EndLabels.Label> labels = new ArrayList<>();
		int longest = 1;
		for (ScopeCount scope : scopes) {
			int value = contracts ? scope.contracts() : scope.unions();
			dataset.addValue(value, measure, scope.scope().label());
			longest = Math.max(longest, value);
			labels.add(new EndLabels.Label(scope.scope().label(), value,
					ChartStyle.countFormat().format(value) + unit, Palette.TEXT));
		}
		RateBarRenderer renderer = new RateBarRenderer(ChartStyle.countFormat(), null, Coverage.CONTRACT.colour());
		renderer.setDefaultItemLabelsVisible(false);
		NumberAxis axis = ChartStyle.countAxis(measure);
		axis.setRange(0, longest * HEADROOM);
		axis.setLabelFont(ChartFonts.bold(ChartStyle.LEGEND));
		axis.setLabelPaint(Palette.TEXT);
		CategoryPlot plot = new CategoryPlot(dataset, null, axis, renderer);
		ChartStyle.categoryPlot(plot);
		// The measure's name above its panel, as in the paired-rate panels.
		plot.setRangeAxisLocation(AxisLocation.TOP_OR_LEFT);
		plot.addAnnotation(new EndLabels(labels, ChartFonts.regular(ChartStyle.ITEM_LABEL)));
		return plot;
	}
}
