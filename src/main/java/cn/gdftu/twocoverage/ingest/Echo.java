package cn.gdftu.twocoverage.ingest;

/**
 * How much of a value a person is shown back (SPEC §6: a rejected value is written as at most its first
 * 200 characters): rejects files, pages, JSON and {@code validate} all echo through here, so a 128 MB
 * cell never travels further than its prefix.
 */
public final class Echo {

	/** The longest prefix of a value that is echoed. */
	public static final int PREFIX = 200;

	private Echo() {
	}

	/** At most the first {@link #PREFIX} characters, never splitting a surrogate pair. */
	public static String prefix(String value) {
		if (value == null || value.length() <= PREFIX) {
			return value;
		}
		int end = PREFIX;
		if (Character.isHighSurrogate(value.charAt(end - 1))) {
			end--;
		}
		return value.substring(0, end);
	}
}
