package cn.gdftu.twocoverage.report.chart;

import java.math.BigDecimal;
import java.util.Objects;

/** Both rates of one industry, ownership type or county; null where the denominator is 0. */
public record PairedRate(String name, BigDecimal orgRate, BigDecimal contractRate) {

	public PairedRate {
		Objects.requireNonNull(name, "name");
	}

	BigDecimal rate(Coverage coverage) {
		return coverage == Coverage.ORGANISATION ? orgRate : contractRate;
	}
}
