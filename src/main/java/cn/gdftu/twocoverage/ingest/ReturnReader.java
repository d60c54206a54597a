package cn.gdftu.twocoverage.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams one return file as SPEC §3 reads it: decides the encoding, finds the header below any
 * sheet-title lines, and then yields data rows and skipped lines (totals rows) one at a time, each
 * with the physical line number where its record starts. Blank lines are passed over.
 */
public final class ReturnReader implements AutoCloseable {

	private static final Set<String> TOTALS_WORDS = Set.of("合计", "总计", "小计", "total", "sum");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	private final ReturnKind kind;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final Header header;

	private final Deque<ReturnLine> pending = new ArrayDeque<>();

	private final Charset charset;

	private long nextLine = 1;

	private ReturnReader(ReturnKind kind, Path file, Charset charset) throws IOException, ReturnRejectedException {
		this.kind = kind;
		this.charset = charset;
		BufferedReader reader = Files.newBufferedReader(file, charset);
		try {
			this.parser = FORMAT.parse(withoutBom(reader));
			this.records = this.parser.iterator();
			this.header = findHeader(file);
		}
		catch (IOException | ReturnRejectedException | RuntimeException ex) {
			// A file rejected before it is handed out must not stay open (nor locked, on Windows).
			reader.close();
			throw ex;
		}
	}

	/**
	 * Opens a return file. Throws {@link ReturnRejectedException} with a Chinese message when the file
	 * cannot be decoded, has no header or lacks a required column.
	 */
	public static ReturnReader open(Path file, ReturnKind kind) throws IOException, ReturnRejectedException {
		Charset charset = ReturnEncoding.detect(file);
		ReturnReader reader = new ReturnReader(kind, file, charset);
		try {
			reader.checkColumns();
			return reader;
		}
		catch (ReturnRejectedException ex) {
			reader.close();
			throw ex;
		}
	}

	public Charset charset() {
		return this.charset;
	}

	/**
	 * The next data row or skipped line, or null at the end of the file. A record the CSV grammar
	 * cannot read (an unterminated quote) makes the whole file unusable.
	 */
	public ReturnLine next() throws ReturnRejectedException {
		if (!this.pending.isEmpty()) {
			return this.pending.poll();
		}
		while (true) {
			CSVRecord record = nextRecord();
			if (record == null) {
				return null;
			}
			int line = startLine(record);
			String first = firstNonBlank(record);
			if (first == null) {
				continue;
			}
			if (TOTALS_WORDS.contains(Cells.key(first))) {
				return new SkippedLine(this.kind, line, SkippedLine.Kind.TOTALS);
			}
			return new ReturnRow(line, record.values(), this.header);
		}
	}

	@Override
	public void close() throws IOException {
		this.parser.close();
	}

	private Header findHeader(Path file) throws ReturnRejectedException {
		List<SkippedLine> titles = new ArrayList<>();
		CSVRecord record;
		while ((record = nextRecord()) != null) {
			int line = startLine(record);
			if (firstNonBlank(record) == null) {
				continue;
			}
			Header found = Header.of(this.kind, record.toList());
			if (found != null) {
				this.pending.addAll(titles);
				return found;
			}
			titles.add(new SkippedLine(this.kind, line, SkippedLine.Kind.TITLE));
		}
		throw new ReturnRejectedException(this.kind.fileName() + " 找不到表头（应有以下列名："
				+ describe(this.kind.columns()) + "），请保留表头行后重新报送");
	}

	private void checkColumns() throws ReturnRejectedException {
		List<Column> missing = this.header.missing(this.kind);
		if (!missing.isEmpty()) {
			throw new ReturnRejectedException(this.kind.fileName() + " 缺少必需的列：" + describe(missing)
					+ "，请按模板补齐表头后重新报送");
		}
	}

	private CSVRecord nextRecord() throws ReturnRejectedException {
		try {
			return this.records.hasNext() ? this.records.next() : null;
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw new ReturnRejectedException(this.kind.fileName() + " 第" + this.nextLine
					+ "行起无法按CSV格式读取（引号不成对），请检查该行后重新报送");
		}
	}

	/** The record started on the line after the previous record ended. */
	private int startLine(CSVRecord record) {
		int line = (int) this.nextLine;
		this.nextLine = this.parser.getCurrentLineNumber() + 1;
		return line;
	}

	private static String firstNonBlank(CSVRecord record) {
		for (String cell : record) {
			if (!Cells.isBlank(cell)) {
				return cell;
			}
		}
		return null;
	}

	private static String describe(List<Column> columns) {
		return columns.stream().map(Column::describe).collect(Collectors.joining("、"));
	}

	/** Excel's UTF-8 files start with a BOM; the CSV grammar must not see it as part of the first cell. */
	private static Reader withoutBom(BufferedReader reader) throws IOException {
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}
}
