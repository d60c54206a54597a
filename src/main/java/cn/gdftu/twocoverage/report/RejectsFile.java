package cn.gdftu.twocoverage.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import cn.gdftu.twocoverage.ingest.CitySubmission;
import cn.gdftu.twocoverage.ingest.ReturnKind;
import cn.gdftu.twocoverage.ingest.RowRejection;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;

/**
 * A city's rejects file, its to-do list (SPEC §6): {@code file,line,column,value,reason,message},
 * organizations.csv first, each by line; UTF-8 with BOM so Excel shows the Chinese.
 */
public final class RejectsFile {

	static final String[] HEADER = { "file", "line", "column", "value", "reason", "message" };

	private RejectsFile() {
	}

	/**
	 * The to-do list of a checked return (validate and the site): the organizations source first, each
	 * by line; nothing for a return rejected whole, whose rows mean nothing.
	 */
	public static List<RowRejection> toDoList(CitySubmission result, List<RowRejection> rejections) {
		if (result.status() != SubmissionStatus.SUBMITTED) {
			return List.of();
		}
		return rejections.stream()
			.sorted(Comparator.comparing((RowRejection r) -> r.table() != ReturnKind.ORGANIZATIONS)
				.thenComparingInt(RowRejection::line))
			.toList();
	}

	public static void write(Path file, List<RowRejection> rejects) throws IOException {
		try (ExcelCsv csv = CsvFiles.forExcel(file, HEADER)) {
			for (RowRejection r : rejects) {
				csv.printRecord(r.file(), r.line(), r.column(), r.value(), r.reason().name(), r.message());
			}
		}
	}
}
