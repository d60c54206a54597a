package cn.gdftu.twocoverage.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Streams one table of a return as SPEC §3 reads it, from a CSV file or a workbook's sheet alike:
 * finds the header below any sheet-title lines, and then yields data rows and skipped lines (totals
 * rows) one at a time, each with the line where its record starts. Blank lines are passed over.
 */
public final class ReturnReader implements AutoCloseable {

	private static final Set<String> TOTALS_WORDS = Set.of("合计", "总计", "小计", "total", "sum");

	private final ReturnKind kind;

	private final String source;

	private final Records records;

	private final Header header;

	private final Deque<ReturnLine> pending = new ArrayDeque<>();

	private final Charset charset;

	private ReturnReader(ReturnKind kind, String source, Records records, Charset charset)
			throws ReturnRejectedException {
		this.kind = kind;
		this.source = source;
		this.records = records;
		this.charset = charset;
		this.header = findHeader();
	}

	/**
	 * Opens a CSV return file. Throws {@link ReturnRejectedException} with a Chinese message when the
	 * file cannot be decoded, has no header or lacks a required column.
	 */
	public static ReturnReader open(Path file, ReturnKind kind) throws IOException, ReturnRejectedException {
		Charset charset = ReturnEncoding.detect(file);
		return open(kind, file.getFileName().toString(), CsvRecords.open(file, charset), charset);
	}

	/** Reads a table from any source's records; closes them if the table cannot be used. */
	static ReturnReader open(ReturnKind kind, String source, Records records, Charset charset)
			throws IOException, ReturnRejectedException {
		try {
			ReturnReader reader = new ReturnReader(kind, source, records, charset);
			reader.checkColumns();
			return reader;
		}
		catch (ReturnRejectedException | RuntimeException ex) {
			// A file rejected before it is handed out must not stay open (nor locked, on Windows).
			records.close();
			throw ex;
		}
	}

	/** The source as rejects name it: the CSV file, or the workbook with the sheet read. */
	public String source() {
		return this.source;
	}

	/** The CSV file's encoding; null for a workbook. */
	public Charset charset() {
		return this.charset;
	}

	/**
	 * The next data row or skipped line, or null at the end of the table. A record the source cannot
	 * read (an unterminated quote) makes the whole table unusable.
	 */
	public ReturnLine next() throws ReturnRejectedException {
		if (!this.pending.isEmpty()) {
			return this.pending.poll();
		}
		while (this.records.advance()) {
			String[] cells = this.records.cells();
			String first = firstNonBlank(cells);
			if (first == null) {
				continue;
			}
			if (TOTALS_WORDS.contains(Cells.key(first))) {
				return new SkippedLine(this.kind, this.records.line(), SkippedLine.Kind.TOTALS);
			}
			return new ReturnRow(this.records.line(), cells, this.header);
		}
		return null;
	}

	@Override
	public void close() throws IOException {
		this.records.close();
	}

	private Header findHeader() throws ReturnRejectedException {
		List<SkippedLine> titles = new ArrayList<>();
		while (this.records.advance()) {
			String[] cells = this.records.cells();
			if (firstNonBlank(cells) == null) {
				continue;
			}
			Header found = Header.of(this.kind, Arrays.asList(cells));
			if (found != null) {
				this.pending.addAll(titles);
				return found;
			}
			titles.add(new SkippedLine(this.kind, this.records.line(), SkippedLine.Kind.TITLE));
		}
		throw new ReturnRejectedException(this.source + " 找不到表头（应有以下列名：" + describe(this.kind.columns())
				+ "），请保留表头行后重新报送");
	}

	private void checkColumns() throws ReturnRejectedException {
		List<Column> missing = this.header.missing(this.kind);
		if (!missing.isEmpty()) {
			throw new ReturnRejectedException(this.source + " 缺少必需的列：" + describe(missing)
					+ "，请按模板补齐表头后重新报送");
		}
	}

	private static String firstNonBlank(String[] cells) {
		for (String cell : cells) {
			if (!Cells.isBlank(cell)) {
				return cell;
			}
		}
		return null;
	}

	private static String describe(List<Column> columns) {
		return columns.stream().map(Column::describe).collect(Collectors.joining("、"));
	}
}
