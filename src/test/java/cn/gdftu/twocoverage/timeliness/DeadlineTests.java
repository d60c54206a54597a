package cn.gdftu.twocoverage.timeliness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.gdftu.twocoverage.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DeadlineTests {

	static final Period OCTOBER = Period.parse("2026-10");

	@Nested
	class Day {

		@Test
		void isTheDeadlineDayOfTheFollowingMonth() {
			assertThat(Deadline.of(OCTOBER, Deadline.DEFAULT_DAY).day()).isEqualTo(LocalDate.of(2026, 11, 10));
			assertThat(Deadline.of(Period.parse("2026-12"), 10).day()).isEqualTo(LocalDate.of(2027, 1, 10));
		}

		@Test
		void aDayTheMonthDoesNotHaveIsItsLastDay() {
			assertThat(Deadline.of(Period.parse("2027-01"), 31).day()).isEqualTo(LocalDate.of(2027, 2, 28));
			assertThat(Deadline.of(OCTOBER, 31).day()).isEqualTo(LocalDate.of(2026, 11, 30));
		}

		@Test
		void aDayOutsideOneToThirtyOneIsRefused() {
			assertThatIllegalArgumentException().isThrownBy(() -> Deadline.of(OCTOBER, 0));
			assertThatIllegalArgumentException().isThrownBy(() -> Deadline.of(OCTOBER, 32));
		}
	}

	@Nested
	class EndOfDayChinaTime {

		Deadline deadline = Deadline.of(OCTOBER, 10);

		@Test
		void theWholeDeadlineDayCountsInChinaTime() {
			// 2026-11-10 23:59:59 in Beijing is 15:59:59 UTC; midnight Beijing is 16:00 UTC.
			assertThat(this.deadline.met(Instant.parse("2026-11-10T15:59:59.999Z"))).isTrue();
			assertThat(this.deadline.met(Instant.parse("2026-11-10T16:00:00Z"))).isFalse();
			assertThat(this.deadline.end()).isEqualTo(Instant.parse("2026-11-10T16:00:00Z"));
		}

		@Test
		void passedFromMidnightOn() {
			assertThat(this.deadline.passed(Instant.parse("2026-11-10T15:59:59Z"))).isFalse();
			assertThat(this.deadline.passed(Instant.parse("2026-11-10T16:00:00Z"))).isTrue();
		}

		@Test
		void anOverrideIsJustAnotherDay() {
			Deadline later = new Deadline(LocalDate.of(2026, 11, 20));
			assertThat(later.met(Instant.parse("2026-11-15T08:00:00Z"))).isTrue();
			assertThat(this.deadline.met(Instant.parse("2026-11-15T08:00:00Z"))).isFalse();
		}
	}

	@Nested
	class CityTimeliness {

		Deadline deadline = Deadline.of(OCTOBER, 10);

		Instant before = Instant.parse("2026-11-03T02:00:00Z");

		Instant after = Instant.parse("2026-11-12T02:00:00Z");

		@Test
		void judgedByTheFirstStoredUpload() {
			assertThat(Timeliness.of(this.deadline, this.before, true, this.after)).isEqualTo(Timeliness.ON_TIME);
			assertThat(Timeliness.of(this.deadline, this.after, true, this.after)).isEqualTo(Timeliness.LATE);
			assertThat(Timeliness.ON_TIME.onTime()).isTrue();
			assertThat(Timeliness.LATE.onTime()).isFalse();
		}

		@Test
		void nothingSentIsDueThenOverdue() {
			assertThat(Timeliness.of(this.deadline, null, false, this.before)).isEqualTo(Timeliness.DUE);
			assertThat(Timeliness.of(this.deadline, null, false, this.after)).isEqualTo(Timeliness.OVERDUE);
			assertThat(Timeliness.DUE.onTime()).isNull();
			assertThat(Timeliness.OVERDUE.onTime()).isFalse();
		}

		@Test
		void aReturnSentAsFilesHasNoTimeliness() {
			assertThat(Timeliness.of(this.deadline, null, true, this.after)).isEqualTo(Timeliness.UNKNOWN);
			assertThat(Timeliness.UNKNOWN.onTime()).isNull();
		}
	}

	@Nested
	class Rate {

		@Test
		void countsSentAndOnTimeOutOfTheExpected() {
			ReportingRate rate = ReportingRate.of(3,
					List.of(Timeliness.ON_TIME, Timeliness.LATE, Timeliness.UNKNOWN, Timeliness.OVERDUE), 21);
			assertThat(rate.sentText()).isEqualTo("3/21");
			assertThat(rate.onTimeText()).isEqualTo("1/21");
		}

		@Test
		void onTimeCannotExceedSent() {
			assertThatIllegalArgumentException().isThrownBy(() -> new ReportingRate(1, 2, 21));
			assertThatIllegalArgumentException().isThrownBy(() -> new ReportingRate(22, 0, 21));
		}
	}
}
