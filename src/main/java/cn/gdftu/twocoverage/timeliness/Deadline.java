package cn.gdftu.twocoverage.timeliness;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import cn.gdftu.twocoverage.ChinaTime;
import cn.gdftu.twocoverage.Period;

/**
 * When a period's returns are due (SPEC §9): by default the end of the {@code two-coverage.deadline-day}
 * of the following month, China time; the province may set another day for one period. A return is on
 * time when its first stored upload came before the end of that day.
 */
public record Deadline(LocalDate day) {

	/** The default {@code two-coverage.deadline-day}: the 10th of the following month. */
	public static final int DEFAULT_DAY = 10;

	public Deadline {
		if (day == null) {
			throw new IllegalArgumentException("a deadline needs a day");
		}
	}

	/**
	 * The usual deadline of a period: that day of the following month; a day the month does not have
	 * (31 in a 30-day month) is its last day.
	 */
	public static Deadline of(Period period, int deadlineDay) {
		if (deadlineDay < 1 || deadlineDay > 31) {
			throw new IllegalArgumentException("two-coverage.deadline-day must be 1-31, got " + deadlineDay);
		}
		YearMonth next = period.month().plusMonths(1);
		return new Deadline(next.atDay(Math.min(deadlineDay, next.lengthOfMonth())));
	}

	/** The first instant past the deadline: midnight China time after the deadline day. */
	public Instant end() {
		return this.day.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
	}

	/** Whether an upload stored at {@code uploadedAt} came within the deadline (the whole day counts). */
	public boolean met(Instant uploadedAt) {
		return uploadedAt.isBefore(end());
	}

	/** Whether the deadline is over at {@code now}. */
	public boolean passed(Instant now) {
		return !now.isBefore(end());
	}

	/** How the pages write it: {@code 2026-11-10 24:00（北京时间）}. */
	public String label() {
		return this.day + " 24:00（北京时间）";
	}
}
