package cn.gdftu.twocoverage.ingest;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTests {

	@Nested
	class TheFiveForms {

		@ParameterizedTest(name = "[{0}]")
		@ValueSource(strings = { "2013-07-01", "2013/7/1", "2013.7.1", "2013年7月1日", "20130701", "2013-7-1",
				"2013/07/01", "2013.07.01", "2013年07月01日" })
		void allMeanTheFirstOfJuly2013(String cell) {
			assertThat(Dates.parse(cell)).isEqualTo(LocalDate.of(2013, 7, 1));
		}

		@Test
		void twoDigitMonthsAndDays() {
			assertThat(Dates.parse("2026/12/31")).isEqualTo(LocalDate.of(2026, 12, 31));
			assertThat(Dates.parse("2026年11月30日")).isEqualTo(LocalDate.of(2026, 11, 30));
			assertThat(Dates.parse("20261015")).isEqualTo(LocalDate.of(2026, 10, 15));
		}

		@Test
		void leapDayIsARealDayInALeapYear() {
			assertThat(Dates.parse("2028-02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
			assertThat(Dates.parse("2026-02-29")).isNull();
		}

		@Test
		void fullWidthDigitsAndPaddingAreAccepted() {
			assertThat(Dates.parse("２０２６－０７－０１")).isEqualTo(LocalDate.of(2026, 7, 1));
			assertThat(Dates.parse(" 2026/7/1\u3000")).isEqualTo(LocalDate.of(2026, 7, 1));
		}
	}

	@Nested
	class NotADate {

		@ParameterizedTest(name = "[{0}]")
		@ValueSource(strings = { "2026-13-01", "2026-02-30", "2026-00-10", "2026-04-31", "2026-07-00", "2026/7",
				"7/1/2026", "01/07/2026", "2026-7/1", "2026年7月1", "2026年7月", "2026-007-01", "2026-07-001", "202671",
				"2026070", "202607011", "26-07-01", "2026-07-01 00:00:00", "2026_07_01", "tomorrow", "", "0000-01-01" })
		void isNull(String cell) {
			assertThat(Dates.parse(cell)).isNull();
		}
	}
}
