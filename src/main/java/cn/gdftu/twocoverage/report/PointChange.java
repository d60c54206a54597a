package cn.gdftu.twocoverage.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rate's change since the previous stored period in percentage points, from the rates as
 * coverage.csv writes them (4 places): {@code ▲0.8}, {@code ▼1.2}, {@code 持平}; {@code 首期} when
 * there is no earlier period, {@code —} when either rate is undefined.
 */
record PointChange(String text, String css) {

	static final PointChange FIRST = new PointChange("首期", "first");

	static final PointChange NONE = new PointChange("—", "none");

	static PointChange of(BigDecimal now, BigDecimal before) {
		if (now == null || before == null) {
			return NONE;
		}
		BigDecimal points = now.subtract(before).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
		return switch (points.signum()) {
			case 1 -> new PointChange("▲" + points.toPlainString(), "up");
			case -1 -> new PointChange("▼" + points.negate().toPlainString(), "down");
			default -> new PointChange("持平", "flat");
		};
	}
}
