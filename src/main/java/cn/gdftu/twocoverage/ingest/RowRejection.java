package cn.gdftu.twocoverage.ingest;

/**
 * A rejected row as the city reads it in {@code rejects/<city>.csv}: the file (a CSV file's name, or
 * a workbook's with the sheet, {@code 月报.xlsx[基层工会台账]}), the physical line, the column as the
 * file's header names it, the value, the reason code and a Chinese message that says what to do; and
 * which table the row belongs to, whatever the source was called (the to-do list's order is by table).
 */
public record RowRejection(String file, int line, String column, String value, Reason reason, String message,
		ReturnKind table) implements LineOutcome {

	/** A value is kept and echoed only as its prefix (SPEC §6), wherever the rejection goes. */
	public RowRejection {
		value = Echo.prefix(value);
	}

	static RowRejection of(ReturnKind file, int line, String column, String value, Reason reason, String detail) {
		String what = (detail == null) ? reason.message() : reason.message() + "（" + detail + "）";
		return new RowRejection(file.fileName(), line, column, value, reason, what + "，" + reason.advice(), file);
	}

	/** The same rejection in the source the row was read from, when that is not the table's CSV file. */
	RowRejection in(String source) {
		return source.equals(this.file) ? this : new RowRejection(source, this.line, this.column, this.value,
				this.reason, this.message, this.table);
	}

	/** The rejection of a row's cell; a cell a spreadsheet damaged gets that cause and its fix as the advice. */
	static RowRejection of(ReturnRow row, ReturnKind file, Column column, Reason reason) {
		String value = row.get(column);
		String damage = SpreadsheetDamage.explain(column, value);
		if (damage != null) {
			return new RowRejection(file.fileName(), row.line(), row.columnName(column), value, reason,
					reason.message() + "：" + damage, file);
		}
		return of(file, row.line(), row.columnName(column), value, reason, null);
	}
}
