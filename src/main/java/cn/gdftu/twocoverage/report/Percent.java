package cn.gdftu.twocoverage.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the report shows a rate to people: {@code 87.5%}, or 无数据 when it is undefined. */
public final class Percent {

	private Percent() {
	}

	public static String of(BigDecimal rate) {
		if (rate == null) {
			return "无数据";
		}
		return rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}
}
