package cn.gdftu.twocoverage.report.chart;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Both rates for each industry, ownership type or county, in the order given; horizontal, so
 * long industry names stay on one line. Up to {@link #GROUPED_MAX} names the two bars of a name
 * sit together; with more (the 20 industries) the bars would be too thin for a legible value,
 * so the rates go into two panels side by side, sharing the names.
 */
final class PairedBarChart {

	static final int GROUPED_MAX = 12;

	private static final double UPPER = 1.1;
	/** A panel is half as wide, so its value labels need more room past 100 %. */
	private static final double PANEL_UPPER = 1.2;

	private PairedBarChart() {
	}

	static JFreeChart create(ChartHeading heading, List<PairedRate> rates) {
		CategoryAxis names = ChartStyle.categoryAxis();
		for (PairedRate rate : rates) {
			if (rate.orgRate() == null && rate.contractRate() == null) {
				names.setTickLabelPaint(rate.name(), Palette.MISSING);
			}
		}
		if (rates.size() <= GROUPED_MAX) {
			return grouped(heading, rates, names);
		}
		return panels(heading, rates, names);
	}

	private static JFreeChart grouped(ChartHeading heading, List<PairedRate> rates, CategoryAxis names) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (Coverage coverage : Coverage.values()) {
			for (PairedRate rate : rates) {
				dataset.addValue(rate.rate(coverage), coverage.label(), rate.name());
			}
		}
		RateBarRenderer renderer = new RateBarRenderer(ChartStyle.rateFormat(), ChartStyle.NO_DATA,
				Coverage.ORGANISATION.colour(), Coverage.CONTRACT.colour());
		// Thick bars, little space between the two of a name: a label must not reach the neighbouring bar.
		renderer.setItemMargin(0.04);
		names.setCategoryMargin(0.22);
		CategoryPlot plot = new CategoryPlot(dataset, names, ChartStyle.percentAxis(null, 0, UPPER), renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		ChartStyle.categoryPlot(plot);
		return ChartStyle.chart(plot, heading, true);
	}

	private static JFreeChart panels(ChartHeading heading, List<PairedRate> rates, CategoryAxis names) {
		names.setCategoryMargin(0.25);
		CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(names);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setGap(48);
		for (Coverage coverage : Coverage.values()) {
			plot.add(panel(coverage, rates));
		}
		return ChartStyle.chart(plot, heading, false);
	}

	/** One rate's bars, headed by the rate's name in its colour instead of a legend. */
	private static CategoryPlot panel(Coverage coverage, List<PairedRate> rates) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (PairedRate rate : rates) {
			dataset.addValue(rate.rate(coverage), coverage.label(), rate.name());
		}
		RateBarRenderer renderer = new RateBarRenderer(ChartStyle.rateFormat(), ChartStyle.NO_DATA,
				coverage.colour());
		PercentAxis axis = ChartStyle.percentAxis(coverage.label(), 0, PANEL_UPPER);
		axis.setTickUnit(ChartStyle.percentTicks(0.2));
		axis.setLabelFont(ChartFonts.bold(ChartStyle.LEGEND));
		axis.setLabelPaint(Palette.text(coverage.colour()));
		CategoryPlot plot = new CategoryPlot(dataset, null, axis, renderer);
		ChartStyle.categoryPlot(plot);
		plot.setRangeAxisLocation(AxisLocation.TOP_OR_LEFT);
		return plot;
	}
}
