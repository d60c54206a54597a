package cn.gdftu.twocoverage.report.chart;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/** The province's two rates in one period; a null rate leaves a gap in its line. */
public record TrendPoint(YearMonth period, BigDecimal orgRate, BigDecimal contractRate) {

	public TrendPoint {
		Objects.requireNonNull(period, "period");
	}

	BigDecimal rate(Coverage coverage) {
		return coverage == Coverage.ORGANISATION ? orgRate : contractRate;
	}
}
