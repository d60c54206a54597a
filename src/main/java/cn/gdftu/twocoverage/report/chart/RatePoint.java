package cn.gdftu.twocoverage.report.chart;

import java.math.BigDecimal;
import java.util.Objects;

/** One city in the scatter of organisation rate against contract rate; null rates are not plotted. */
public record RatePoint(String name, BigDecimal orgRate, BigDecimal contractRate) {

	public RatePoint {
		Objects.requireNonNull(name, "name");
	}
}
