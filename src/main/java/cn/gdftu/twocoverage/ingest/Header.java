package cn.gdftu.twocoverage.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Where each known column stands in a file's header, and how the file spells it. */
public final class Header {

	private final Map<Column, Integer> positions;

	private final Map<Column, String> spellings;

	private Header(Map<Column, Integer> positions, Map<Column, String> spellings) {
		this.positions = positions;
		this.spellings = spellings;
	}

	/** The header a record makes for a file, or null when it names fewer than two known columns. */
	static Header of(ReturnKind kind, List<String> cells) {
		Map<Column, Integer> positions = new EnumMap<>(Column.class);
		Map<Column, String> spellings = new EnumMap<>(Column.class);
		for (int i = 0; i < cells.size(); i++) {
			Column column = kind.columnNamedBy(cells.get(i));
			if (column != null && !positions.containsKey(column)) {
				positions.put(column, i);
				spellings.put(column, Cells.trim(cells.get(i)));
			}
		}
		return (positions.size() >= 2) ? new Header(positions, spellings) : null;
	}

	List<Column> missing(ReturnKind kind) {
		List<Column> missing = new ArrayList<>();
		for (Column column : kind.columns()) {
			if (!this.positions.containsKey(column)) {
				missing.add(column);
			}
		}
		return missing;
	}

	/** The position of a column in each record; every required column has one once the file is open. */
	int position(Column column) {
		return this.positions.get(column);
	}

	/** The column's name as the file's header writes it, so the city finds it in its own sheet. */
	public String spelling(Column column) {
		return this.spellings.getOrDefault(column, column.chineseName());
	}
}
