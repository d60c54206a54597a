package cn.gdftu.twocoverage.report.chart;

import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

import cn.gdftu.twocoverage.coverage.Rate;

/**
 * A rate label as JFreeChart's label generators need it (a {@link NumberFormat}), spelt by
 * {@link Rate#percent} from the rate the dataset holds: the charts' datasets carry the report's
 * {@code BigDecimal} rates, so a label is formatted from the same value as the page's. A double
 * (never given by our charts) is first brought back to its 4 places.
 */
final class RateFormat extends NumberFormat {

	private static final long serialVersionUID = 1L;

	/** A dataset's value: the rate itself, as the report computed it (4 places). */
	@Override
	public StringBuffer format(Object number, StringBuffer toAppendTo, FieldPosition pos) {
		if (number instanceof BigDecimal rate) {
			return toAppendTo.append(Rate.percent(rate));
		}
		return super.format(number, toAppendTo, pos);
	}

	@Override
	public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
		return toAppendTo.append(Rate.percent(BigDecimal.valueOf(number)));
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
