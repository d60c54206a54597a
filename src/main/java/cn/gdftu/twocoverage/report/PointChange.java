package cn.gdftu.twocoverage.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rate's change since the previous stored period in percentage points, from the rates as
 * coverage.csv writes them (4 places), half-up to one decimal. The one formatter of a change: with an
 * arrow ({@link #text}: {@code ▲0.8}, {@code ▼1.2}, {@code 持平}; {@code 首期} when there is no earlier
 * period, {@code —} when either rate is undefined) or in words ({@link #words}: {@code 上升 0.8 个百分点}).
 *
 * @param css {@code up}, {@code down}, {@code flat}, {@code first} or {@code none}
 * @param points the change, one decimal; null for {@code first} and {@code none}
 */
record PointChange(String css, BigDecimal points) {

	static final PointChange FIRST = new PointChange("first", null);

	static final PointChange NONE = new PointChange("none", null);

	static PointChange of(BigDecimal now, BigDecimal before) {
		if (now == null || before == null) {
			return NONE;
		}
		BigDecimal points = now.subtract(before).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
		return switch (points.signum()) {
			case 1 -> new PointChange("up", points);
			case -1 -> new PointChange("down", points);
			default -> new PointChange("flat", points);
		};
	}

	/** Whether the rate went up or down (a figure in points to show). */
	public boolean moved() {
		return "up".equals(this.css) || "down".equals(this.css);
	}

	/** The page's and the slides' form: {@code ▲0.8}, {@code ▼1.2}, {@code 持平}, {@code 首期}, {@code —}. */
	public String text() {
		return switch (this.css) {
			case "up" -> "▲" + this.points.toPlainString();
			case "down" -> "▼" + this.points.negate().toPlainString();
			case "flat" -> "持平";
			case "first" -> "首期";
			default -> "—";
		};
	}

	/**
	 * The sentences' form: {@code 上升 0.8 个百分点}, {@code 下降 1.2 个百分点}, {@code 持平}; null when there is
	 * nothing to compare (first period, undefined rate), which each sentence words in its own way.
	 */
	public String words() {
		return switch (this.css) {
			case "up" -> "上升 " + this.points.toPlainString() + " 个百分点";
			case "down" -> "下降 " + this.points.negate().toPlainString() + " 个百分点";
			case "flat" -> "持平";
			default -> null;
		};
	}
}
