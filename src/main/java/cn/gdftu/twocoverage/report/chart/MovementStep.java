package cn.gdftu.twocoverage.report.chart;

/**
 * One bar of a movement (waterfall) chart: the first and last are totals (covered units before and
 * now), the others the steps between them, positive or negative, in the order they add up.
 */
public record MovementStep(String label, long value, boolean total) {

	public static MovementStep total(String label, long value) {
		return new MovementStep(label, value, true);
	}

	public static MovementStep step(String label, long value) {
		return new MovementStep(label, value, false);
	}
}
