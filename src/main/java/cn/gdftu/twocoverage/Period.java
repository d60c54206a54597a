package cn.gdftu.twocoverage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** A reporting period, a calendar month {@code YYYY-MM}; its reference date D is the month's last day. */
public record Period(YearMonth month) implements Comparable<Period> {

	private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}");

	public static Period parse(String text) {
		if (text == null || !FORM.matcher(text).matches()) {
			throw new IllegalArgumentException("period must be YYYY-MM, got '" + text + "'");
		}
		try {
			return new Period(YearMonth.parse(text));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("period must be YYYY-MM, got '" + text + "'");
		}
	}

	public static boolean isPeriod(String text) {
		try {
			parse(text);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** D: contracts in force on this day cover their unions for the period. */
	public LocalDate referenceDate() {
		return this.month.atEndOfMonth();
	}

	/** The Chinese label used in the report: {@code 2026年10月}. */
	public String chineseLabel() {
		return yearLabel() + monthLabel();
	}

	/** The month alone, as a chart's axis labels it: {@code 10月}. */
	public String monthLabel() {
		return this.month.getMonthValue() + "月";
	}

	/** The year alone: {@code 2026年}. */
	public String yearLabel() {
		return this.month.getYear() + "年";
	}

	@Override
	public int compareTo(Period other) {
		return this.month.compareTo(other.month);
	}

	@Override
	public String toString() {
		return this.month.toString();
	}
}
