package cn.gdftu.twocoverage.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * How the job writes CSV: RFC 4180 in UTF-8. Files for people (submissions, rejects, expiring) start
 * with a BOM and use CRLF so Excel opens them without garbled Chinese; coverage.csv, read by programs
 * and compared across runs, has neither.
 */
public final class CsvFiles {

	private CsvFiles() {
	}

	/** With a BOM and CRLF; every text cell made inert ({@link ExcelCsv}). */
	static ExcelCsv forExcel(Path file, String... header) throws IOException {
		BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		return new ExcelCsv(CSVFormat.RFC4180.builder().setHeader(header).get().print(writer));
	}

	/** Plain like coverage.csv (no BOM, LF) but meant for Excel too, so every text cell made inert. */
	static ExcelCsv plainForExcel(Path file, String... header) throws IOException {
		return new ExcelCsv(plain(file, header));
	}

	/** The same for an answer of the site: BOM, CRLF, every text cell made inert. */
	public static ExcelCsv forExcel(Appendable out, String... header) throws IOException {
		out.append('\uFEFF');
		return new ExcelCsv(CSVFormat.RFC4180.builder().setHeader(header).get().print(out));
	}

	static CSVPrinter plain(Path file, String... header) throws IOException {
		BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		return CSVFormat.RFC4180.builder().setRecordSeparator('\n').setHeader(header).get().print(writer);
	}
}
