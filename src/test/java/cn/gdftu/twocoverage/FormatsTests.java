package cn.gdftu.twocoverage;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared formatters of the top-level package: counts, months, days and China time. */
class FormatsTests {

	@Test
	void countsHaveThousandsSeparators() {
		assertThat(Numbers.count(0)).isEqualTo("0");
		assertThat(Numbers.count(999)).isEqualTo("999");
		assertThat(Numbers.count(1000)).isEqualTo("1,000");
		assertThat(Numbers.count(1234567)).isEqualTo("1,234,567");
		assertThat(Numbers.count(-139579)).isEqualTo("-139,579");
	}

	@Test
	void aPeriodInChineseWholeOrAsItsMonth() {
		Period october = Period.parse("2026-10");
		assertThat(october.chineseLabel()).isEqualTo("2026年10月");
		assertThat(october.monthLabel()).isEqualTo("10月");
		assertThat(october.yearLabel()).isEqualTo("2026年");
		assertThat(Period.parse("2027-01").chineseLabel()).isEqualTo("2027年1月");
	}

	@Test
	void aDayInChineseWithoutLeadingZeros() {
		assertThat(ChinaTime.chineseDate(LocalDate.of(2026, 10, 31))).isEqualTo("2026年10月31日");
		assertThat(ChinaTime.chineseDate(LocalDate.of(2027, 1, 5))).isEqualTo("2027年1月5日");
	}

	@Test
	void timesAreReadInChinaWhateverTheServerZone() {
		Instant utcEvening = Instant.parse("2026-10-31T16:30:05Z");
		assertThat(ChinaTime.seconds(utcEvening)).isEqualTo("2026-11-01 00:30:05");
		assertThat(ChinaTime.minutes(utcEvening)).isEqualTo("2026-11-01 00:30");
	}
}
