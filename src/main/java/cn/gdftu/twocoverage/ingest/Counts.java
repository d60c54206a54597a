package cn.gdftu.twocoverage.ingest;

/**
 * Head counts as cities write them (SPEC §3): full-width digits and thousands separators are
 * allowed; decimals, signs and anything else are not.
 */
public final class Counts {

	/** What {@link #parse} answers for a cell that is not a count. */
	public static final int INVALID = -1;

	private static final int MAX = 100_000_000;

	private Counts() {
	}

	/** The count in a trimmed cell, or {@link #INVALID}. */
	public static int parse(String cell) {
		String text = Cells.fold(cell);
		int length = text.length();
		if (length == 0) {
			return INVALID;
		}
		long value = 0;
		int digitsSinceComma = -1;
		int digits = 0;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				value = value * 10 + (c - '0');
				digits++;
				if (digitsSinceComma >= 0) {
					digitsSinceComma++;
				}
				if (value > MAX) {
					return INVALID;
				}
			}
			else if (c == ',' && digits > 0 && (digitsSinceComma == -1 ? digits <= 3 : digitsSinceComma == 3)) {
				digitsSinceComma = 0;
			}
			else {
				return INVALID;
			}
		}
		if (digitsSinceComma >= 0 && digitsSinceComma != 3) {
			return INVALID;
		}
		return (int) value;
	}
}
