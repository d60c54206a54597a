package cn.gdftu.twocoverage.ingest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.dhatim.fastexcel.reader.Cell;

/**
 * A workbook cell as the text the rules read (SPEC §8): text as written, a whole number as its digits,
 * a date cell as {@code yyyy-mm-dd}, a formula by its cached value. A number too long for Excel to keep
 * (a credit code typed as a number) reads as Excel shows it, {@code 9.14406001922038E+17}, so the rules
 * name the damage.
 */
final class SheetCells {

	/** Beyond 15 digits Excel has already lost the last ones. */
	private static final BigDecimal EXACT_LIMIT = new BigDecimal("1E15");

	/** Excel's last day, 9999-12-31; a larger number in a date cell is digits typed as yyyymmdd. */
	private static final BigDecimal LAST_SERIAL = new BigDecimal(2958465);

	private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);

	private SheetCells() {
	}

	static String text(Cell cell, boolean date1904) {
		switch (cell.getType()) {
			case EMPTY:
				return "";
			case NUMBER:
				return number(cell.asNumber(), cell, date1904);
			case FORMULA:
				return formula(cell, date1904);
			case BOOLEAN:
				return Boolean.TRUE.equals(cell.getValue()) ? "TRUE" : "FALSE";
			default:
				Object value = cell.getValue();
				return (value == null) ? "" : value.toString();
		}
	}

	private static String formula(Cell cell, boolean date1904) {
		Object value = cell.getValue();
		if (value instanceof BigDecimal number) {
			return number(number, cell, date1904);
		}
		return (value == null) ? "" : value.toString();
	}

	private static String number(BigDecimal value, Cell cell, boolean date1904) {
		if (DateFormats.isDate(cell.getDataFormatId(), cell.getDataFormatString()) && value.signum() > 0
				&& value.compareTo(LAST_SERIAL) <= 0) {
			return date(value, date1904).toString();
		}
		return digits(value);
	}

	/** A whole number as its digits, as Excel shows it when it is too long to be exact. */
	static String digits(BigDecimal value) {
		BigDecimal plain = value.stripTrailingZeros();
		if (plain.scale() > 0) {
			return plain.toPlainString();
		}
		if (plain.abs().compareTo(EXACT_LIMIT) < 0) {
			return plain.toBigInteger().toString();
		}
		BigDecimal rounded = plain.round(EXCEL_DIGITS).stripTrailingZeros();
		int exponent = rounded.precision() - rounded.scale() - 1;
		String mantissa = rounded.movePointLeft(exponent).toPlainString();
		return mantissa + "E+" + exponent;
	}

	/** The day of an Excel serial number; Excel counts 1900-02-29, which never was, in the 1900 system. */
	static LocalDate date(BigDecimal serial, boolean date1904) {
		long days = serial.longValue();
		if (date1904) {
			return LocalDate.of(1904, 1, 1).plusDays(days);
		}
		return (days < 61) ? LocalDate.of(1899, 12, 31).plusDays(days) : LocalDate.of(1899, 12, 30).plusDays(days);
	}
}
