package cn.gdftu.twocoverage.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The date forms of SPEC §3: {@code 2013-07-01}, {@code 2013/7/1}, {@code 2013.7.1},
 * {@code 2013年7月1日}, {@code 20130701} and {@code 13年7月1日} (20YY). Parsed by hand: this runs for every contract row.
 */
public final class Dates {

	private Dates() {
	}

	/** The date in a cell, or {@code null} when it is none of the five forms or not a real day. */
	public static LocalDate parse(String cell) {
		String text = Cells.fold(cell);
		if (text.length() == 8 && allDigits(text)) {
			return date(number(text, 0, 4), number(text, 4, 6), number(text, 6, 8));
		}
		if (text.length() >= 6 && text.charAt(2) == '年' && allDigits(text.substring(0, 2))) {
			// 24年3月1日: how Chinese-locale spreadsheets save a typed date; the year is 20YY.
			return chinese("20" + text);
		}
		if (text.length() < 8 || !allDigits(text.substring(0, 4))) {
			return null;
		}
		char separator = text.charAt(4);
		if (separator == '年') {
			return chinese(text);
		}
		if (separator != '-' && separator != '/' && separator != '.') {
			return null;
		}
		int second = text.indexOf(separator, 5);
		if (second < 0) {
			return null;
		}
		int month = dayOrMonth(text, 5, second);
		int day = dayOrMonth(text, second + 1, text.length());
		return date(number(text, 0, 4), month, day);
	}

	private static LocalDate chinese(String text) {
		int monthMark = text.indexOf('月', 5);
		if (monthMark < 0 || !text.endsWith("日")) {
			return null;
		}
		int month = dayOrMonth(text, 5, monthMark);
		int day = dayOrMonth(text, monthMark + 1, text.length() - 1);
		return date(number(text, 0, 4), month, day);
	}

	private static int dayOrMonth(String text, int from, int to) {
		if (to - from < 1 || to - from > 2 || !allDigits(text.substring(from, to))) {
			return -1;
		}
		return number(text, from, to);
	}

	private static LocalDate date(int year, int month, int day) {
		if (year < 1900 || year > 2999 || month < 1 || day < 1) {
			return null;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static boolean allDigits(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return !text.isEmpty();
	}

	private static int number(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			value = value * 10 + (text.charAt(i) - '0');
		}
		return value;
	}
}
