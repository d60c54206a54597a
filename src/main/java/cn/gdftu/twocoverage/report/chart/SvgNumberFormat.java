package cn.gdftu.twocoverage.report.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.util.Locale;

/**
 * The number format Batik's SVG generator uses at two decimals ({@code #.##}, US symbols, half-even),
 * with the same output, made fast for the common case. Batik formats every coordinate of every glyph
 * outline through it; {@link DecimalFormat} was four fifths of the time of an SVG. A value far from a
 * rounding tie is rounded from {@code value × 100} (its error is far below the distance to the tie);
 * a value near a tie, rounding to zero, or too large for that bound is left to {@link DecimalFormat},
 * which rounds the exact binary value.
 */
final class SvgNumberFormat extends DecimalFormat {

	private static final long serialVersionUID = 1L;

	/** |value × 100| below this: the product's error is under 1e-7, well inside {@link #TIE_MARGIN}. */
	private static final double FAST_LIMIT = 1e9;

	private static final double TIE_MARGIN = 1e-6;

	SvgNumberFormat() {
		super("#.##", new DecimalFormatSymbols(Locale.US));
	}

	@Override
	public StringBuffer format(double value, StringBuffer result, FieldPosition position) {
		double scaled = value * 100;
		if (!(Math.abs(scaled) < FAST_LIMIT)) {
			return super.format(value, result, position);
		}
		double fraction = scaled - Math.floor(scaled);
		long hundredths = Math.round(scaled);
		if (Math.abs(fraction - 0.5) < TIE_MARGIN || hundredths == 0) {
			return super.format(value, result, position);
		}
		// Written right to left into a buffer appended at once: a StringBuffer locks on every append.
		char[] text = new char[24];
		int start = text.length;
		long digits = Math.abs(hundredths);
		int cents = (int) (digits % 100);
		if (cents % 10 != 0) {
			text[--start] = (char) ('0' + cents % 10);
		}
		if (cents != 0) {
			text[--start] = (char) ('0' + cents / 10);
			text[--start] = '.';
		}
		long whole = digits / 100;
		do {
			text[--start] = (char) ('0' + whole % 10);
			whole /= 10;
		}
		while (whole != 0);
		if (hundredths < 0) {
			text[--start] = '-';
		}
		result.append(text, start, text.length - start);
		return result;
	}
}
