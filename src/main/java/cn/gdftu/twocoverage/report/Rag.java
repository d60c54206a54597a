package cn.gdftu.twocoverage.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where a rate stands against its target, the colour of the league table: met (green) at or above
 * the target, near (amber) less than {@link #NEAR_BAND} below it, below (red) further down. Decided
 * on the counts, not the rounded rate, so it always agrees with the unions still needed.
 */
enum Rag {

	MET("met", "达标"), NEAR("near", "接近"), BELOW("below", "落后"), NONE("none", "无数据");

	/** Five percentage points. */
	static final BigDecimal NEAR_BAND = new BigDecimal("0.05");

	private final String css;

	private final String label;

	Rag(String css, String label) {
		this.css = css;
		this.label = label;
	}

	String css() {
		return this.css;
	}

	String label() {
		return this.label;
	}

	static Rag of(long covered, long denominator, BigDecimal target) {
		if (denominator == 0) {
			return NONE;
		}
		BigDecimal units = BigDecimal.valueOf(covered);
		BigDecimal all = BigDecimal.valueOf(denominator);
		if (units.compareTo(target.multiply(all)) >= 0) {
			return MET;
		}
		if (units.compareTo(target.subtract(NEAR_BAND).multiply(all)) >= 0) {
			return NEAR;
		}
		return BELOW;
	}

	/** The unions still to be covered to reach the target: ceil(target × denominator) − covered, never negative. */
	static long needed(long covered, long denominator, BigDecimal target) {
		long goal = target.multiply(BigDecimal.valueOf(denominator)).setScale(0, RoundingMode.CEILING).longValueExact();
		return Math.max(0, goal - covered);
	}
}
