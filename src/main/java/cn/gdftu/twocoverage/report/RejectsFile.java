package cn.gdftu.twocoverage.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;

/**
 * A city's rejects file, its to-do list (SPEC §6): {@code file,line,column,value,reason,message},
 * organizations.csv first, each by line; UTF-8 with BOM so Excel shows the Chinese.
 */
public final class RejectsFile {

	static final String[] HEADER = { "file", "line", "column", "value", "reason", "message" };

	private RejectsFile() {
	}

	public static void write(Path file, List<ReportStore.Reject> rejects) throws IOException {
		try (CSVPrinter csv = CsvFiles.forExcel(file, HEADER)) {
			for (ReportStore.Reject r : rejects) {
				csv.printRecord(r.file(), r.line(), r.columnName(), r.value(), r.reason(), r.message());
			}
		}
	}
}
