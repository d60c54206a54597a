package cn.gdftu.twocoverage.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A coverage rate as SPEC §6 writes it: covered ÷ denominator, half-up to 4 places, none when 0/0. */
public final class Rate {

	private Rate() {
	}

	public static BigDecimal of(long covered, long denominator) {
		if (denominator == 0) {
			return null;
		}
		return BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
	}

	/**
	 * The rate as people read it, in the page, the charts and the slides alike: a percent with one
	 * decimal, half-up from the 4 places of coverage.csv ({@code 0.0015} → {@code 0.2%}).
	 */
	public static String percent(BigDecimal rate) {
		return rate.setScale(4, RoundingMode.HALF_UP).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString()
				+ "%";
	}

	/**
	 * A fraction someone set, a target or a threshold, as people write it: exact, no trailing zeros
	 * ({@code 0.95} → {@code 95%}, {@code 0.9125} → {@code 91.25%}). A rate is rounded ({@link #percent}); a
	 * target is not, so a chart's target line and the page name the same target.
	 */
	public static String target(BigDecimal fraction) {
		return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
	}

	/** The rate's text in coverage.csv: {@code 0.8125}, or empty when undefined. */
	public static String text(BigDecimal rate) {
		return (rate == null) ? "" : rate.toPlainString();
	}
}
