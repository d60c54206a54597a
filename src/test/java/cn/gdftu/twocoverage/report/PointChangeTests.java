package cn.gdftu.twocoverage.report;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PointChangeTests {

	@Test
	void upAndDownInPercentagePointsToOneDecimal() {
		assertThat(PointChange.of(rate("0.7187"), rate("0.7110"))).isEqualTo(new PointChange("▲0.8", "up"));
		assertThat(PointChange.of(rate("0.6278"), rate("0.6591"))).isEqualTo(new PointChange("▼3.1", "down"));
		assertThat(PointChange.of(rate("1.0000"), rate("0.0000"))).isEqualTo(new PointChange("▲100.0", "up"));
	}

	@Test
	void roundsHalfUpFromTheFourPlaceRates() {
		assertThat(PointChange.of(rate("0.5005"), rate("0.5000")).text()).isEqualTo("▲0.1");
		assertThat(PointChange.of(rate("0.5000"), rate("0.5005")).text()).isEqualTo("▼0.1");
		assertThat(PointChange.of(rate("0.5004"), rate("0.5000")).text()).isEqualTo("持平");
	}

	@Test
	void flatWhenEqual() {
		assertThat(PointChange.of(rate("0.7000"), rate("0.7000"))).isEqualTo(new PointChange("持平", "flat"));
	}

	@Test
	void dashWhenEitherRateIsUndefined() {
		assertThat(PointChange.of(null, rate("0.7"))).isEqualTo(PointChange.NONE);
		assertThat(PointChange.of(rate("0.7"), null)).isEqualTo(PointChange.NONE);
		assertThat(PointChange.NONE.text()).isEqualTo("—");
		assertThat(PointChange.FIRST.text()).isEqualTo("首期");
	}

	private static BigDecimal rate(String text) {
		return new BigDecimal(text);
	}
}
