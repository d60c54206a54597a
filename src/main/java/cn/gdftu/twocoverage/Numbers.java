package cn.gdftu.twocoverage;

import java.util.Locale;

/** How every output writes a count of unions, people, contracts or rows: {@code 1,234,567}. */
public final class Numbers {

	private Numbers() {
	}

	/** A count with thousands separators, the same on the page, charts, slides and documents. */
	public static String count(long n) {
		return String.format(Locale.ROOT, "%,d", n);
	}
}
