package cn.gdftu.twocoverage.report.chart;

import java.math.BigDecimal;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import cn.gdftu.twocoverage.coverage.Rate;

/**
 * Each city by its organisation rate (across) and contract rate (up), with the two targets
 * dividing the plot into quadrants; the quadrant where both targets are met is shaded.
 */
final class ScatterChart {

	static final String SERIES = "各市";
	private static final double POINT_RADIUS = 10;

	private ScatterChart() {
	}

	static JFreeChart create(ChartHeading heading, List<RatePoint> points, BigDecimal orgGoal, BigDecimal contractGoal) {
		double orgTarget = orgGoal.doubleValue();
		double contractTarget = contractGoal.doubleValue();
		XYSeries series = new XYSeries(SERIES, false, true);
		List<PointLabels.Point> named = new ArrayList<>();
		List<String> unplotted = new ArrayList<>();
		double lowest = Math.min(orgTarget, contractTarget);
		for (RatePoint point : points) {
			if (point.orgRate() == null || point.contractRate() == null) {
				unplotted.add(point.name());
				continue;
			}
			double org = point.orgRate().doubleValue();
			double contract = point.contractRate().doubleValue();
			series.add(org, contract);
			named.add(new PointLabels.Point(point.name(), org, contract));
			lowest = Math.min(lowest, Math.min(org, contract));
		}
		double floor = ChartStyle.rateFloor(lowest);
		// A little past the floor and 100 %, so points there are whole circles; the axis shows no tick there.
		double margin = (1.0 - floor) * 0.04;
		double lower = floor - margin;
		double upper = 1.0 + margin;
		PercentAxis x = ChartStyle.percentAxis(Coverage.ORGANISATION.label(), lower, upper);
		PercentAxis y = ChartStyle.percentAxis(Coverage.CONTRACT.label(), lower, upper);
		double step = 1.0 - floor > 0.3 ? 0.1 : 0.05;
		x.setTickUnit(ChartStyle.percentTicks(step));
		y.setTickUnit(ChartStyle.percentTicks(step));
		x.setLabelPaint(Palette.text(Coverage.ORGANISATION.colour()));
		y.setLabelPaint(Palette.text(Coverage.CONTRACT.colour()));

		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
		double r = POINT_RADIUS;
		renderer.setSeriesShape(0, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
		renderer.setSeriesPaint(0, Palette.POINT);
		renderer.setUseOutlinePaint(true);
		renderer.setSeriesOutlinePaint(0, Color.WHITE);
		renderer.setSeriesOutlineStroke(0, new BasicStroke(2f));
		renderer.setDrawOutlines(true);

		XYPlot plot = new XYPlot(new XYSeriesCollection(series), x, y, renderer);
		plot.setOrientation(PlotOrientation.VERTICAL);
		plot.setBackgroundPaint(Palette.BACKGROUND);
		plot.setOutlineVisible(false);
		plot.setDomainGridlinePaint(Palette.GRID);
		plot.setRangeGridlinePaint(Palette.GRID);
		plot.setDomainGridlineStroke(ChartStyle.GRID_STROKE);
		plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
		plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

		renderer.addAnnotation(new XYBoxAnnotation(orgTarget, contractTarget, upper, upper, null, null,
				Palette.MET_SHADE), Layer.BACKGROUND);
		plot.addDomainMarker(new ValueMarker(orgTarget, Coverage.ORGANISATION.colour(), ChartStyle.TARGET_STROKE),
				Layer.BACKGROUND);
		plot.addRangeMarker(new ValueMarker(contractTarget, Coverage.CONTRACT.colour(), ChartStyle.TARGET_STROKE),
				Layer.BACKGROUND);

		// Each caption has fallback spots, taken when a point sits on the first.
		String orgCaption = "组织目标 " + Rate.target(orgGoal);
		String contractCaption = "合同目标 " + Rate.target(contractGoal);
		List<PointLabels.Caption> captions = List.of(
				new PointLabels.Caption(orgCaption, Palette.text(Coverage.ORGANISATION.colour()),
						new PointLabels.Spot(orgTarget, 0.99, true, false, LabelText.Anchor.BOTTOM),
						new PointLabels.Spot(orgTarget, 0.01, true, false, LabelText.Anchor.TOP)),
				new PointLabels.Caption(contractCaption, Palette.text(Coverage.CONTRACT.colour()),
						new PointLabels.Spot(0.01, contractTarget, false, true, LabelText.Anchor.BOTTOM_LEFT),
						new PointLabels.Spot(0.01, contractTarget, false, true, LabelText.Anchor.TOP_LEFT)),
				new PointLabels.Caption("两项均达标", Palette.text(Palette.ACCEPTED),
						new PointLabels.Spot(0.99, 0.01, false, false, LabelText.Anchor.TOP_RIGHT),
						new PointLabels.Spot(0.99, contractTarget, false, true, LabelText.Anchor.BOTTOM_RIGHT),
						new PointLabels.Spot(orgTarget, 0.01, true, false, LabelText.Anchor.TOP_LEFT),
						new PointLabels.Spot(orgTarget, contractTarget, true, true, LabelText.Anchor.BOTTOM_LEFT)));
		plot.addAnnotation(new PointLabels(named, captions, POINT_RADIUS));

		JFreeChart chart = ChartStyle.chart(plot, heading, false);
		if (!unplotted.isEmpty()) {
			chart.addSubtitle(ChartStyle.text("未绘出（无数据）：" + String.join("、", unplotted),
					ChartFonts.regular(ChartStyle.FOOTNOTE), Palette.MISSING, RectangleEdge.BOTTOM));
		}
		return chart;
	}
}
