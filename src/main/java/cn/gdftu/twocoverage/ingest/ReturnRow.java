package cn.gdftu.twocoverage.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A data row of a return: its physical line and its cells, read by column. */
public final class ReturnRow implements ReturnLine {

	private final int line;

	private final String[] cells;

	private final Header header;

	ReturnRow(int line, String[] cells, Header header) {
		this.line = line;
		this.cells = cells;
		this.header = header;
	}

	/** A row built by hand, for rules tested without a file. */
	public static ReturnRow of(ReturnKind kind, int line, Map<Column, String> values) {
		List<String> names = new ArrayList<>();
		String[] cells = new String[kind.columns().size()];
		for (int i = 0; i < cells.length; i++) {
			Column column = kind.columns().get(i);
			names.add(column.canonical());
			cells[i] = values.getOrDefault(column, "");
		}
		return new ReturnRow(line, cells, Header.of(kind, names));
	}

	@Override
	public int line() {
		return this.line;
	}

	/** The cell's text as written, trimmed; empty when the record is short of that column. */
	public String get(Column column) {
		int position = this.header.position(column);
		return (position < this.cells.length) ? Cells.trim(this.cells[position]) : "";
	}

	/** How the file's header names a column. */
	public String columnName(Column column) {
		return this.header.spelling(column);
	}
}
