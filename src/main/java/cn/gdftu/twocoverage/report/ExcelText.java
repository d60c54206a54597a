package cn.gdftu.twocoverage.report;

import cn.gdftu.twocoverage.ingest.Echo;

/**
 * Text that people open in Excel, WPS or LibreOffice (CSV for Excel, workbook text cells): the one
 * place where user text is made inert. A cell beginning with {@code = + - @}, TAB or CR would be run
 * as a formula (OWASP "CSV injection"), so it is prefixed with {@code '}; a rejected value is echoed
 * only as a short prefix (SPEC §6).
 */
public final class ExcelText {

	private ExcelText() {
	}

	/** The text as a spreadsheet cell that cannot start a formula. */
	public static String cell(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formula ? "'" + text : text;
	}

	/** A rejected value as it may be echoed: at most its first {@link Echo#PREFIX} characters. */
	public static String prefix(String value) {
		return Echo.prefix(value);
	}
}
