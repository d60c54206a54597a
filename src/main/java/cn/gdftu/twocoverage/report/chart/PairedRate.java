package cn.gdftu.twocoverage.report.chart;

import java.util.Objects;

/** Both rates of one industry, ownership type or county; null where the denominator is 0. */
public record PairedRate(String name, Double orgRate, Double contractRate) {

	public PairedRate {
		Objects.requireNonNull(name, "name");
	}

	Double rate(Coverage coverage) {
		return coverage == Coverage.ORGANISATION ? orgRate : contractRate;
	}
}
