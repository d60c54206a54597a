package cn.gdftu.twocoverage.ingest;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * What a spreadsheet program did to a cell on its way to CSV (SPEC §8, last point), so the message of a
 * rejected row names that cause and the fix in Excel, WPS and LibreOffice instead of a generic rule:
 * a credit code saved in scientific notation, a character GBK could not keep, a date saved as Excel's
 * serial number.
 */
final class SpreadsheetDamage {

	/** {@code 9.14406E+17}, {@code 9.14406001922038E+017}: how Excel writes a long number it holds. */
	private static final Pattern SCIENTIFIC = Pattern.compile("[0-9](\\.[0-9]+)?[eE]\\+?[0-9]{1,3}");

	/** An Excel serial day number from 1900 to 9999; a plain yyyymmdd has 8 digits. */
	private static final Pattern SERIAL = Pattern.compile("[0-9]{1,7}(\\.[0-9]+)?");

	private static final int LAST_SERIAL = 2958465;

	private static final int QUOTED = 100;

	private SpreadsheetDamage() {
	}

	static boolean isScientific(String value) {
		return SCIENTIFIC.matcher(Cells.fold(value)).matches();
	}

	/**
	 * What was done to the rejected value and how to prevent it — the cause and the fix that replace a
	 * reason's generic advice — or null when the value shows no spreadsheet damage.
	 */
	static String explain(Column column, String value) {
		if (Cells.hasControl(value)) {
			// Not a reason of its own (SPEC §5 fixes the codes): a name that cannot be kept is no name.
			return "该项含有不可见的控制字符（如NUL），不能作为名称或编号保存：请删除该项后重新输入（不要从其他系统整段复制）";
		}
		if (value.indexOf('\uFFFD') >= 0 || value.indexOf('?') >= 0) {
			// A long value is not echoed here: the rejects file shows its prefix beside the message.
			String quoted = (value.length() <= QUOTED) ? "“" + value + "”中的" : "";
			return quoted + "“?”或“\uFFFD”是另存为CSV时GBK编码无法保存而丢失的汉字：请在Excel中另存为“CSV UTF-8（逗号分隔）”，"
					+ "WPS中另存为CSV时编码选UTF-8，LibreOffice中字符集选“Unicode (UTF-8)”；最好直接报送Excel工作簿（.xlsx）";
		}
		if ((column == Column.EMPLOYER_ID) && isScientific(value)) {
			return "代码被表格软件当作数字，保存成了科学计数法“" + value + "”，末尾几位已经丢失，营业执照上的代码并没有错：请在Excel或WPS中"
					+ "把该列设置为“文本”格式后重新输入完整的18位代码，LibreOffice中同样先设为“文本”；最好使用省里的模板直接报送Excel工作簿（.xlsx）";
		}
		if ((column == Column.EFFECTIVE_FROM || column == Column.EXPIRES_ON) && isSerial(value)) {
			return "“" + value + "”是Excel的日期序号（即" + SheetCells.date(new BigDecimal(value), false)
					+ "），日期列被设成了“常规”或“数值”格式：请在Excel或WPS中把该列设为日期格式（如2026-07-01），"
					+ "LibreOffice中同样设为日期格式，再保存；或直接报送Excel工作簿（.xlsx）";
		}
		return null;
	}

	private static boolean isSerial(String value) {
		if (!SERIAL.matcher(value).matches()) {
			return false;
		}
		double serial = Double.parseDouble(value);
		return serial >= 1 && serial <= LAST_SERIAL;
	}
}
