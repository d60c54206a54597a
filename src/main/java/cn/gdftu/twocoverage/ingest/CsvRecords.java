package cn.gdftu.twocoverage.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The records of a CSV file in the encoding SPEC §3 decides, each with the physical line it starts on. */
final class CsvRecords implements Records {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	private final String name;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private long nextLine = 1;

	private int line;

	private String[] cells;

	private CsvRecords(String name, CSVParser parser) {
		this.name = name;
		this.parser = parser;
		this.records = parser.iterator();
	}

	static CsvRecords open(Path file, Charset charset) throws IOException {
		BufferedReader reader = Files.newBufferedReader(file, charset);
		try {
			return new CsvRecords(file.getFileName().toString(), FORMAT.parse(withoutBom(reader)));
		}
		catch (IOException | RuntimeException ex) {
			reader.close();
			throw ex;
		}
	}

	@Override
	public boolean advance() throws ReturnRejectedException {
		try {
			if (!this.records.hasNext()) {
				return false;
			}
			CSVRecord record = this.records.next();
			// The record started on the line after the previous record ended.
			this.line = (int) this.nextLine;
			this.nextLine = this.parser.getCurrentLineNumber() + 1;
			this.cells = record.values();
			return true;
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw new ReturnRejectedException(this.name + " 第" + this.nextLine
					+ "行起无法按CSV格式读取（引号不成对），请检查该行后重新报送");
		}
	}

	@Override
	public int line() {
		return this.line;
	}

	@Override
	public String[] cells() {
		return this.cells;
	}

	@Override
	public void close() throws IOException {
		this.parser.close();
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
