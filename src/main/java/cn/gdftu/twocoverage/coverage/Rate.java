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

	/** The rate's text in coverage.csv: {@code 0.8125}, or empty when undefined. */
	public static String text(BigDecimal rate) {
		return (rate == null) ? "" : rate.toPlainString();
	}
}
