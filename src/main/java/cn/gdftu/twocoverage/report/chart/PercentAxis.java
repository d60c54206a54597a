package cn.gdftu.twocoverage.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.stream.Collectors;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A rate axis in percent. Its range may run past 0 % or 100 % to leave room for data labels and
 * whole point markers, but it never shows a tick or grid line outside 0–100 %, which a rate
 * cannot reach.
 */
final class PercentAxis extends NumberAxis {

	private static final double EPSILON = 1e-9;

	PercentAxis(String label, double lower, double upper) {
		super(label);
		setRange(lower, upper);
		setAutoRange(false);
		setTickUnit(ChartStyle.percentTicks(0.1));
	}

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
		List<?> ticks = super.refreshTicks(g2, state, dataArea, edge);
		return ticks.stream().filter(t -> {
			double value = ((ValueTick) t).getValue();
			return value >= -EPSILON && value <= 1 + EPSILON;
		}).collect(Collectors.toList());
	}
}
