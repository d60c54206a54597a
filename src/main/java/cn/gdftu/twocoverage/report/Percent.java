package cn.gdftu.twocoverage.report;

import java.math.BigDecimal;

import cn.gdftu.twocoverage.coverage.Rate;

/** How the report shows a rate to people: {@code 87.5%} ({@link Rate#percent}), or 无数据 when it is undefined. */
public final class Percent {

	private Percent() {
	}

	public static String of(BigDecimal rate) {
		if (rate == null) {
			return "无数据";
		}
		return Rate.percent(rate);
	}
}
