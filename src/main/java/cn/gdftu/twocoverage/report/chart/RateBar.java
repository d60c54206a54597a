package cn.gdftu.twocoverage.report.chart;

import java.util.Objects;

/** One bar of a ranking: a name and a rate in [0, 1], or null when the denominator is 0. */
public record RateBar(String name, Double rate) {

	public RateBar {
		Objects.requireNonNull(name, "name");
	}
}
