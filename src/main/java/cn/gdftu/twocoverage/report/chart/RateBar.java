package cn.gdftu.twocoverage.report.chart;

import java.math.BigDecimal;
import java.util.Objects;

/** One bar of a ranking: a name and a rate in [0, 1], or null when the denominator is 0. */
public record RateBar(String name, BigDecimal rate) {

	public RateBar {
		Objects.requireNonNull(name, "name");
	}
}
