package cn.gdftu.twocoverage.report.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

import cn.gdftu.twocoverage.Numbers;

/**
 * A count label or axis tick as JFreeChart needs it (a {@link NumberFormat}), spelt by
 * {@link Numbers#count}. Ticks and dataset values arrive as doubles holding whole numbers; they are
 * rounded half-even, as the {@code DecimalFormat} this replaces did.
 */
final class CountFormat extends NumberFormat {

	private static final long serialVersionUID = 1L;

	@Override
	public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
		return toAppendTo.append(Numbers.count((long) Math.rint(number)));
	}

	@Override
	public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
		return toAppendTo.append(Numbers.count(number));
	}

	@Override
	public Number parse(String source, ParsePosition parsePosition) {
		throw new UnsupportedOperationException("count labels are only written");
	}
}
