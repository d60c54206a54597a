package cn.gdftu.twocoverage.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;

/**
 * Flat bars with their value written past the end, and an explicit "无数据" where the value is
 * null: an empty slot must not read as a rate of 0 %.
 */
class RateBarRenderer extends BarRenderer {

	private static final double LABEL_GAP = 10;

	private final String missingLabel;

	RateBarRenderer(NumberFormat labelFormat, String missingLabel, Color... seriesColours) {
		this.missingLabel = missingLabel;
		setBarPainter(new StandardBarPainter());
		setShadowVisible(false);
		setDrawBarOutline(false);
		setMaximumBarWidth(0.9);
		for (int i = 0; i < seriesColours.length; i++) {
			setSeriesPaint(i, seriesColours[i]);
		}
		setDefaultLegendShape(new Rectangle2D.Double(-14, -14, 28, 28));
		ChartStyle.valueLabels(this, labelFormat);
	}

	@Override
	public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
			CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
		if (dataset.getValue(row, column) != null) {
			super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
			return;
		}
		int visibleRow = state.getVisibleSeriesIndex(row);
		if (visibleRow < 0 || missingLabel == null) {
			return;
		}
		double w0 = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, visibleRow, column);
		double middle = w0 + state.getBarWidth() / 2;
		double base = rangeAxis.valueToJava2D(getBase(), dataArea, plot.getRangeAxisEdge());
		Font font = getItemLabelFont(row, column);
		if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
			LabelText.draw(g2, font, missingLabel, Palette.MISSING, base + LABEL_GAP, middle, LabelText.Anchor.LEFT);
		}
		else {
			LabelText.draw(g2, font, missingLabel, Palette.MISSING, middle, base - LABEL_GAP, LabelText.Anchor.BOTTOM);
		}
	}

	/** The value just past the bar's end, on a halo so reference lines crossing it stay readable. */
	@Override
	protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
			CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
		String label = generator.generateLabel(data, row, column);
		if (label == null) {
			return;
		}
		Font font = getItemLabelFont(row, column);
		Paint paint = getItemLabelPaint(row, column);
		if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
			LabelText.draw(g2, font, label, paint, bar.getMaxX() + LABEL_GAP, bar.getCenterY(), LabelText.Anchor.LEFT);
		}
		else {
			LabelText.draw(g2, font, label, paint, bar.getCenterX(), bar.getMinY() - LABEL_GAP,
					LabelText.Anchor.BOTTOM);
		}
	}
}
