package cn.gdftu.twocoverage.report.chart;

import java.text.NumberFormat;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.WaterfallBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Covered units before, each movement, covered units now, as a waterfall: totals in the contract
 * colour, gains green, losses vermillion, each bar labelled with its count (+340, -120). The count
 * axis starts near the smaller total, not at 0, or the steps would be too thin to see; the axis
 * label says so.
 */
final class MovementChart {

	static final String AXIS = "已覆盖基层工会（家，纵轴未从 0 开始）";

	private static final String SERIES = "已覆盖";

	private MovementChart() {
	}

	static JFreeChart create(ChartHeading heading, List<MovementStep> steps) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		long running = 0;
		long low = Long.MAX_VALUE;
		long high = 0;
		for (MovementStep step : steps) {
			dataset.addValue(step.value(), SERIES, step.label());
			running = step.total() ? step.value() : running + step.value();
			low = Math.min(low, running);
			high = Math.max(high, running);
		}
		WaterfallBarRenderer renderer = new WaterfallBarRenderer(Palette.CONTRACT, Palette.ACCEPTED, Palette.REJECTED,
				Palette.CONTRACT);
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(false);
		renderer.setDefaultItemLabelGenerator(new Labels(steps));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(ChartFonts.bold(ChartStyle.ITEM_LABEL));
		renderer.setDefaultItemLabelPaint(Palette.TEXT);
		renderer.setDefaultPositiveItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
		renderer.setDefaultNegativeItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
		CategoryAxis names = ChartStyle.categoryAxis();
		names.setMaximumCategoryLabelLines(2);
		names.setMaximumCategoryLabelWidthRatio(1.0f);
		names.setCategoryMargin(0.25);
		NumberAxis counts = ChartStyle.countAxis(AXIS);
		if (!steps.isEmpty()) {
			long spread = Math.max(1, high - low);
			counts.setRange(Math.max(0, low - spread * 1.5), high + spread * 0.35 + 1);
		}
		CategoryPlot plot = new CategoryPlot(dataset, names, counts, renderer);
		ChartStyle.categoryPlot(plot);
		plot.setOrientation(PlotOrientation.VERTICAL);
		return ChartStyle.chart(plot, heading, false);
	}

	/** Totals as counts, steps with their sign. */
	private record Labels(List<MovementStep> steps) implements CategoryItemLabelGenerator {

		@Override
		public String generateLabel(CategoryDataset dataset, int row, int column) {
			MovementStep step = this.steps.get(column);
			NumberFormat format = ChartStyle.countFormat();
			if (step.total() || step.value() == 0) {
				return format.format(step.value());
			}
			return ((step.value() < 0) ? "-" : "+") + format.format(Math.abs(step.value()));
		}

		@Override
		public String generateRowLabel(CategoryDataset dataset, int row) {
			return SERIES;
		}

		@Override
		public String generateColumnLabel(CategoryDataset dataset, int column) {
			return this.steps.get(column).label();
		}
	}
}
