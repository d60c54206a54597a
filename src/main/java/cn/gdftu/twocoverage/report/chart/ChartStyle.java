package cn.gdftu.twocoverage.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The look shared by every chart: 1920×1080, type sized to be read from the back of a meeting
 * room when projected, and every text set explicitly in the bundled font (anything left to
 * JFreeChart's defaults would come out as boxes on a server without Chinese fonts).
 */
final class ChartStyle {

	static final int WIDTH = 1920;
	static final int HEIGHT = 1080;

	static final float TITLE = 56f;
	static final float SUBTITLE = 32f;
	static final float TICK = 28f;
	static final float LEGEND = 28f;
	static final float AXIS_LABEL = 28f;
	static final float ITEM_LABEL = 26f;
	static final float MARKER_LABEL = 26f;
	static final float FOOTNOTE = 24f;

	static final String NO_DATA = "无数据";

	static final Stroke GRID_STROKE = new BasicStroke(1.5f);
	static final Stroke TARGET_STROKE = new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
			new float[] { 14f, 8f }, 0f);
	static final Stroke AVERAGE_STROKE = new BasicStroke(4f);

	private ChartStyle() {
	}

	/** A chart with the heading's title, subtitle (and optionally the legend) on top, source bottom-left. */
	static JFreeChart chart(Plot plot, ChartHeading heading, boolean legend) {
		noDataMessage(plot);
		JFreeChart chart = new JFreeChart(null, ChartFonts.bold(TITLE), plot, false);
		chart.setBackgroundPaint(Palette.BACKGROUND);
		chart.setPadding(new RectangleInsets(36, 56, 24, 56));
		chart.setAntiAlias(true);
		chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS,
				RenderingHints.VALUE_FRACTIONALMETRICS_ON);

		TextTitle title = text(heading.title(), ChartFonts.bold(TITLE), Palette.TEXT, RectangleEdge.TOP);
		chart.setTitle(title);
		TextTitle subtitle = text(heading.subtitle(), ChartFonts.regular(SUBTITLE), Palette.MUTED,
				RectangleEdge.TOP);
		subtitle.setPadding(new RectangleInsets(4, 0, 16, 0));
		chart.addSubtitle(subtitle);
		if (legend) {
			chart.addSubtitle(legend(plot));
		}
		TextTitle footnote = text(heading.footnote(), ChartFonts.regular(FOOTNOTE), Palette.MUTED,
				RectangleEdge.BOTTOM);
		footnote.setPadding(new RectangleInsets(16, 0, 0, 0));
		chart.addSubtitle(footnote);
		return chart;
	}

	/** What a plot with no value at all says, in the bundled font (JFreeChart's default would be boxes). */
	/** Every chart's value labels: the value in the given format, in the bundled font, in text colour. */
	static void valueLabels(AbstractCategoryItemRenderer renderer, NumberFormat format) {
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(ChartFonts.regular(ITEM_LABEL));
		renderer.setDefaultItemLabelPaint(Palette.TEXT);
	}

	static void noDataMessage(Plot plot) {
		plot.setNoDataMessage(NO_DATA);
		plot.setNoDataMessageFont(ChartFonts.regular(SUBTITLE));
		plot.setNoDataMessagePaint(Palette.MISSING);
	}

	/** A left-aligned line of text above or below the plot. */
	static TextTitle text(String text, Font font, Color colour, RectangleEdge edge) {
		TextTitle title = new TextTitle(text, font);
		title.setPaint(colour);
		title.setPosition(edge);
		title.setHorizontalAlignment(HorizontalAlignment.LEFT);
		title.setTextAlignment(HorizontalAlignment.LEFT);
		title.setPadding(RectangleInsets.ZERO_INSETS);
		// One line however long: a title wrapping onto a second line would push the plot down unnoticed.
		title.setMaximumLinesToDisplay(1);
		return title;
	}

	static LegendTitle legend(Plot plot) {
		LegendTitle legend = new LegendTitle(plot);
		legend.setItemFont(ChartFonts.regular(LEGEND));
		legend.setItemPaint(Palette.TEXT);
		legend.setPosition(RectangleEdge.TOP);
		legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
		legend.setFrame(BlockBorder.NONE);
		legend.setBackgroundPaint(null);
		legend.setItemLabelPadding(new RectangleInsets(2, 10, 2, 36));
		legend.setPadding(new RectangleInsets(0, 0, 12, 0));
		return legend;
	}

	static CategoryAxis categoryAxis() {
		CategoryAxis axis = new CategoryAxis();
		tickLabels(axis);
		// Long industry names stay on one line up to half the plot width.
		axis.setMaximumCategoryLabelWidthRatio(0.5f);
		axis.setMaximumCategoryLabelLines(1);
		axis.setCategoryLabelPositionOffset(12);
		axis.setLowerMargin(0.01);
		axis.setUpperMargin(0.01);
		return axis;
	}

	static NumberAxis countAxis(String label) {
		NumberAxis axis = new NumberAxis(label);
		tickLabels(axis);
		axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
		axis.setNumberFormatOverride(countFormat());
		axis.setLowerBound(0);
		return axis;
	}

	static PercentAxis percentAxis(String label, double lower, double upper) {
		PercentAxis axis = new PercentAxis(label, lower, upper);
		tickLabels(axis);
		return axis;
	}

	/** White, no outline, light range grid; the range axis below (horizontal) or left (vertical). */
	static void categoryPlot(CategoryPlot plot) {
		noDataMessage(plot);
		plot.setBackgroundPaint(Palette.BACKGROUND);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(Palette.GRID);
		plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
		plot.setDomainGridlinesVisible(false);
		plot.setInsets(new RectangleInsets(0, 0, 0, 0));
		plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
	}

	/** The axis's own label and tick labels in the bundled font; no axis line or tick marks. */
	static void tickLabels(Axis axis) {
		axis.setTickLabelFont(ChartFonts.regular(TICK));
		axis.setTickLabelPaint(Palette.TEXT);
		axis.setLabelFont(ChartFonts.regular(AXIS_LABEL));
		axis.setLabelPaint(Palette.MUTED);
		axis.setAxisLineVisible(false);
		axis.setTickMarksVisible(false);
		axis.setTickLabelInsets(new RectangleInsets(6, 6, 6, 6));
	}

	/** A reference line (target, average) with its label in the bundled font, a shade darker than the line. */
	static ValueMarker marker(double value, String label, Color colour, Stroke stroke) {
		ValueMarker marker = new ValueMarker(value, colour, stroke);
		marker.setLabel(label);
		marker.setLabelFont(ChartFonts.bold(MARKER_LABEL));
		marker.setLabelPaint(Palette.text(colour));
		marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
		return marker;
	}

	/** Places a marker label: the anchor on the line, and which corner of the text sits there. */
	static void labelAt(ValueMarker marker, RectangleAnchor anchor, TextAnchor textAnchor) {
		marker.setLabelAnchor(anchor);
		marker.setLabelTextAnchor(textAnchor);
		marker.setLabelOffset(new RectangleInsets(8, 10, 8, 10));
	}

	/** A zoomed rate axis's lower bound: a whole 10 % at least 3 points below the lowest value. */
	static double rateFloor(double lowest) {
		return Math.max(0, Math.floor((lowest - 0.03) * 10) / 10);
	}

	/** 87.5% — the page's and the slides' spelling of a rate ({@link RateFormat}). */
	static NumberFormat rateFormat() {
		return new RateFormat();
	}

	/** 1,234 — a count as every output writes it ({@link CountFormat}). */
	static NumberFormat countFormat() {
		return new CountFormat();
	}

	static NumberTickUnit percentTicks(double step) {
		return new NumberTickUnit(step, new DecimalFormat("0%", DecimalFormatSymbols.getInstance(Locale.ROOT)));
	}
}
