package cn.gdftu.twocoverage.coverage;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateTests {

	@Test
	void aRateIsRoundedHalfUpToOneDecimalPercent() {
		assertThat(Rate.percent(new BigDecimal("0.8125"))).isEqualTo("81.3%");
		assertThat(Rate.percent(new BigDecimal("0.0015"))).isEqualTo("0.2%");
		assertThat(Rate.percent(new BigDecimal("1.0000"))).isEqualTo("100.0%");
	}

	@Test
	void aTargetIsWrittenExactlyWithoutTrailingZeros() {
		assertThat(Rate.target(new BigDecimal("0.95"))).isEqualTo("95%");
		assertThat(Rate.target(new BigDecimal("0.9500"))).isEqualTo("95%");
		assertThat(Rate.target(new BigDecimal("0.925"))).isEqualTo("92.5%");
		assertThat(Rate.target(new BigDecimal("0.9125"))).isEqualTo("91.25%");
		assertThat(Rate.target(new BigDecimal("1"))).isEqualTo("100%");
		assertThat(Rate.target(new BigDecimal("0.3"))).isEqualTo("30%");
	}

	@Test
	void aRateIsFourPlacesHalfUpAndNoneWhenNothingToCount() {
		assertThat(Rate.of(2, 3)).isEqualTo(new BigDecimal("0.6667"));
		assertThat(Rate.of(0, 0)).isNull();
		assertThat(Rate.text(null)).isEmpty();
	}
}
