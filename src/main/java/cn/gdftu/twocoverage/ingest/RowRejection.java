package cn.gdftu.twocoverage.ingest;

/**
 * A rejected row as the city reads it in {@code rejects/<city>.csv}: the file, the physical line,
 * the column as the file's header names it, the value, the reason code and a Chinese message that
 * says what to do.
 */
public record RowRejection(ReturnKind file, int line, String column, String value, Reason reason, String message) implements LineOutcome {

	static RowRejection of(ReturnKind file, int line, String column, String value, Reason reason, String detail) {
		String what = (detail == null) ? reason.message() : reason.message() + "（" + detail + "）";
		return new RowRejection(file, line, column, value, reason, what + "，" + reason.advice());
	}

	static RowRejection of(ReturnRow row, ReturnKind file, Column column, Reason reason) {
		return of(file, row.line(), row.columnName(column), row.get(column), reason, null);
	}
}
