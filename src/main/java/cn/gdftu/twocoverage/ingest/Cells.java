package cn.gdftu.twocoverage.ingest;

import java.util.Locale;

/**
 * How every cell and header is cleaned before a rule looks at it (SPEC §3): trimmed of ASCII,
 * ideographic and no-break spaces, and for matching, full-width forms folded to half-width.
 */
public final class Cells {

	private Cells() {
	}

	/** Trims ASCII white space, U+3000 ideographic space, no-break space and a stray BOM. */
	public static String trim(String raw) {
		if (raw == null) {
			return "";
		}
		int start = 0;
		int end = raw.length();
		while (start < end && isBlankChar(raw.charAt(start))) {
			start++;
		}
		while (end > start && isBlankChar(raw.charAt(end - 1))) {
			end--;
		}
		return (start == 0 && end == raw.length()) ? raw : raw.substring(start, end);
	}

	/** Folds full-width ASCII forms (Ａ, １, ＿, ，) to half-width and trims. */
	public static String fold(String raw) {
		String trimmed = trim(raw);
		StringBuilder folded = null;
		for (int i = 0; i < trimmed.length(); i++) {
			char c = trimmed.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				if (folded == null) {
					folded = new StringBuilder(trimmed);
				}
				folded.setCharAt(i, (char) (c - 0xFEE0));
			}
		}
		return (folded == null) ? trimmed : trim(folded.toString());
	}

	/** The form names and coded values are compared in: folded, trimmed, lower case. */
	public static String key(String raw) {
		return fold(raw).toLowerCase(Locale.ROOT);
	}

	public static boolean isBlank(String raw) {
		return trim(raw).isEmpty();
	}

	private static boolean isBlankChar(char c) {
		return c <= ' ' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
	}

	/**
	 * Whether the text holds a control character (NUL, ESC…) that no name or id has; a tab or a line break
	 * typed inside a cell (Alt+Enter) is not counted.
	 */
	public static boolean hasControl(String raw) {
		return raw.chars().anyMatch((c) -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n'
				&& c != '\r');
	}
}
