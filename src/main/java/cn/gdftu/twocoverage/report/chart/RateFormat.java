package cn.gdftu.twocoverage.report.chart;

import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

import cn.gdftu.twocoverage.coverage.Rate;

/**
 * A rate label as JFreeChart's label generators need it (a {@link NumberFormat}), spelt by
 * {@link Rate#percent}: a {@code DecimalFormat} on the double would round 0.0015 down to 0.1 %
 * where the page shows 0.2 %.
 */
final class RateFormat extends NumberFormat {

	private static final long serialVersionUID = 1L;

	@Override
	public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
		return toAppendTo.append(Rate.percent(number));
	}

	@Override
	public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
		return toAppendTo.append(Rate.percent(BigDecimal.valueOf(number)));
	}

	@Override
	public Number parse(String source, ParsePosition parsePosition) {
		throw new UnsupportedOperationException("rate labels are only written");
	}
}
