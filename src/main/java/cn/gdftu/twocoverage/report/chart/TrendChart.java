package cn.gdftu.twocoverage.report.chart;

import java.math.BigDecimal;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.YearMonth;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.coverage.Rate;

/**
 * The province's two rates over the last periods (up to 12), each against its target. A null
 * rate leaves a gap in its line rather than a drop to 0.
 */
final class TrendChart {

	private TrendChart() {
	}

	static JFreeChart create(ChartHeading heading, List<TrendPoint> points, BigDecimal orgTarget,
			BigDecimal contractTarget) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (Coverage coverage : Coverage.values()) {
			YearMonth previous = null;
			for (TrendPoint point : points) {
				dataset.addValue(point.rate(coverage), coverage.label(), periodLabel(point.period(), previous));
				previous = point.period();
			}
		}
		double lower = ChartStyle.rateFloor(lowest(points, orgTarget.min(contractTarget).doubleValue()));
		// Room above 100 % for the labels of points close to it.
		double upper = 1.0 + (1.0 - lower) * 0.1;
		PercentAxis rates = ChartStyle.percentAxis(null, lower, upper);
		rates.setTickUnit(ChartStyle.percentTicks(1.0 - lower > 0.3 ? 0.1 : 0.05));

		CategoryAxis periods = ChartStyle.categoryAxis();
		periods.setMaximumCategoryLabelWidthRatio(1f);
		periods.setMaximumCategoryLabelLines(2);
		// The empty band right of the last period holds the target labels.
		periods.setLowerMargin(0.04);
		periods.setUpperMargin(0.12);
		CategoryPlot plot = new CategoryPlot(dataset, periods, rates, new Renderer());
		plot.setOrientation(PlotOrientation.VERTICAL);
		ChartStyle.categoryPlot(plot);

		boolean orgHigher = orgTarget.compareTo(contractTarget) >= 0;
		plot.addRangeMarker(target(Coverage.ORGANISATION, orgTarget, orgHigher), Layer.BACKGROUND);
		plot.addRangeMarker(target(Coverage.CONTRACT, contractTarget, !orgHigher), Layer.BACKGROUND);
		return ChartStyle.chart(plot, heading, true);
	}

	/** "10月", with the year on a second line at the first period and where the year changes. */
	static String periodLabel(YearMonth period, YearMonth previous) {
		Period month = new Period(period);
		if (previous == null || previous.getYear() != period.getYear()) {
			return month.monthLabel() + "\n" + month.yearLabel();
		}
		return month.monthLabel();
	}

	private static double lowest(List<TrendPoint> points, double floor) {
		double lowest = floor;
		for (TrendPoint point : points) {
			for (Coverage coverage : Coverage.values()) {
				BigDecimal rate = point.rate(coverage);
				if (rate != null) {
					lowest = Math.min(lowest, rate.doubleValue());
				}
			}
		}
		return lowest;
	}

	/** The higher target is labelled above its line, the lower one below, so the labels never collide. */
	private static ValueMarker target(Coverage coverage, BigDecimal value, boolean above) {
		String label = (coverage == Coverage.ORGANISATION ? "组织目标 " : "合同目标 ")
				+ Rate.target(value);
		ValueMarker marker = ChartStyle.marker(value.doubleValue(), label, coverage.colour(), dashed());
		if (above) {
			ChartStyle.labelAt(marker, RectangleAnchor.TOP_RIGHT, TextAnchor.BOTTOM_RIGHT);
		}
		else {
			ChartStyle.labelAt(marker, RectangleAnchor.BOTTOM_RIGHT, TextAnchor.TOP_RIGHT);
		}
		return marker;
	}

	private static BasicStroke dashed() {
		return new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 12f, 8f }, 0f);
	}

	/** Lines with dots and values; each value goes on the side of its line away from the other line. */
	private static final class Renderer extends LineAndShapeRenderer {

		private static final double GAP = 16;

		Renderer() {
			super(true, true);
			double r = 10;
			for (Coverage coverage : Coverage.values()) {
				int series = coverage.ordinal();
				setSeriesPaint(series, coverage.colour());
				setSeriesStroke(series, new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
				setSeriesShape(series, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
			}
			ChartStyle.valueLabels(this, ChartStyle.rateFormat());
		}

		/** A gap gets a grey "无数据" where the line would have passed, so it does not read as a drawing fault. */
		@Override
		public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
				CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
			if (dataset.getValue(row, column) != null) {
				super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
				return;
			}
			Double before = neighbour(dataset, row, column, -1);
			Double after = neighbour(dataset, row, column, 1);
			if (pass != 1 || (before == null && after == null)) {
				return;
			}
			double value = before == null ? after : after == null ? before : (before + after) / 2;
			double x = domainAxis.getCategoryMiddle(column, dataset.getColumnCount(), dataArea,
					plot.getDomainAxisEdge());
			double y = rangeAxis.valueToJava2D(value, dataArea, plot.getRangeAxisEdge());
			LabelText.draw(g2, getItemLabelFont(row, column), ChartStyle.NO_DATA, Palette.MISSING, x, y,
					LabelText.Anchor.CENTRE);
		}

		/** The value of the next non-null period before (-1) or after (+1) the column, or null. */
		private static Double neighbour(CategoryDataset dataset, int row, int column, int step) {
			for (int c = column + step; c >= 0 && c < dataset.getColumnCount(); c += step) {
				Number value = dataset.getValue(row, c);
				if (value != null) {
					return value.doubleValue();
				}
			}
			return null;
		}

		/** A longer line in the legend than JFreeChart's 14 px, to show the colour at slide size. */
		@Override
		public LegendItem getLegendItem(int datasetIndex, int series) {
			LegendItem item = super.getLegendItem(datasetIndex, series);
			if (item != null) {
				item.setLine(new Line2D.Double(-24, 0, 24, 0));
			}
			return item;
		}

		@Override
		protected void drawItemLabel(Graphics2D g2, PlotOrientation orientation, CategoryDataset dataset, int row,
				int column, double x, double y, boolean negative) {
			String label = getItemLabelGenerator(row, column).generateLabel(dataset, row, column);
			Font font = getItemLabelFont(row, column);
			if (above(dataset, row, column)) {
				LabelText.draw(g2, font, label, Palette.TEXT, x, y - GAP, LabelText.Anchor.BOTTOM);
			}
			else {
				LabelText.draw(g2, font, label, Palette.TEXT, x, y + GAP, LabelText.Anchor.TOP);
			}
		}

		private static boolean above(CategoryDataset dataset, int row, int column) {
			double value = dataset.getValue(row, column).doubleValue();
			for (int other = 0; other < dataset.getRowCount(); other++) {
				Number otherValue = dataset.getValue(other, column);
				if (other != row && otherValue != null) {
					double difference = value - otherValue.doubleValue();
					if (difference < 0 || (difference == 0 && row > other)) {
						return false;
					}
				}
			}
			return true;
		}
	}
}
