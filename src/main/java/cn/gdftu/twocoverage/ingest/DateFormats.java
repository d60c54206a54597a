package cn.gdftu.twocoverage.ingest;

/**
 * Whether a cell's number format shows a date: Excel's built-in date formats, including the Chinese
 * ones (ids 27–36 and 50–58, e.g. {@code yyyy"年"m"月"d"日"}) that readers do not report as dates, and
 * any custom format with day, month or year codes outside quoted text.
 */
final class DateFormats {

	private DateFormats() {
	}

	static boolean isDate(Integer id, String format) {
		if (id != null && isBuiltInDate(id)) {
			return true;
		}
		return format != null && hasDateCodes(format);
	}

	static boolean isBuiltInDate(int id) {
		return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
	}

	/** Day, month, year or hour codes outside quotes, escapes and [colour/locale] brackets. */
	static boolean hasDateCodes(String format) {
		boolean quoted = false;
		boolean bracket = false;
		for (int i = 0; i < format.length(); i++) {
			char c = format.charAt(i);
			if (quoted) {
				quoted = c != '"';
			}
			else if (bracket) {
				bracket = c != ']';
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == '[') {
				bracket = true;
			}
			else if (c == '\\' || c == '_' || c == '*') {
				i++;
			}
			else if ("yYdDmMhHe".indexOf(c) >= 0 && !format.regionMatches(true, i, "General", 0, 7)) {
				return true;
			}
			else if (c == 'G' || c == 'g') {
				// "General" (or the G of a Gregorian marker): skip the word.
				while (i + 1 < format.length() && Character.isLetter(format.charAt(i + 1))) {
					i++;
				}
			}
		}
		return false;
	}
}
