package cn.gdftu.twocoverage.report;

import cn.gdftu.twocoverage.ingest.Reason;
import cn.gdftu.twocoverage.ingest.ReturnKind;
import cn.gdftu.twocoverage.ingest.RowRejection;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Every CSV meant for Excel makes formula cells inert and echoes a rejected value only as a prefix (SPEC §6). */
class ExcelCsvTests {

	@TempDir
	Path dir;

	@Test
	void aRejectsFileNeverStartsACellWithAFormulaCharacter() throws IOException {
		Path file = this.dir.resolve("440100.csv");
		RejectsFile.write(file, List.of(
				new RowRejection("=HYPERLINK(\"http://x\")", 2, "employer_name", "=cmd|' /C calc'!A0", Reason.MISSING_VALUE,
						"@SUM(A1)", ReturnKind.ORGANIZATIONS),
				new RowRejection("organizations.csv", 3, "+col", "-1", Reason.BAD_NUMBER, "\tTAB", ReturnKind.ORGANIZATIONS),
				new RowRejection("organizations.csv", 4, "employer_id", "\rCR", Reason.BAD_EMPLOYER_ID, "普通的说明", ReturnKind.ORGANIZATIONS)));
		List<CSVRecord> rows = read(file);
		assertThat(rows.get(1).values()).containsExactly("'=HYPERLINK(\"http://x\")", "2", "employer_name",
				"'=cmd|' /C calc'!A0", "MISSING_VALUE", "'@SUM(A1)");
		assertThat(rows.get(2).values()).containsExactly("organizations.csv", "3", "'+col", "'-1", "BAD_NUMBER", "'\tTAB");
		assertThat(rows.get(3).values()).containsExactly("organizations.csv", "4", "employer_id", "'\rCR", "BAD_EMPLOYER_ID",
				"普通的说明");
	}

	@Test
	void aLongRejectedValueIsWrittenAsItsFirst200Characters() throws IOException {
		Path file = this.dir.resolve("440300.csv");
		RejectsFile.write(file, List.of(new RowRejection("organizations.csv", 2, "employer_id",
				"9".repeat(1_000_000), Reason.BAD_EMPLOYER_ID, "代码应为18位", ReturnKind.ORGANIZATIONS)));
		assertThat(read(file).get(1).get(3)).isEqualTo("9".repeat(200));
		assertThat(Files.size(file)).isLessThan(1_000);
	}

	@Test
	void numbersStayNumbersAndPlainTextIsUntouched() throws IOException {
		Path file = this.dir.resolve("changes.csv");
		try (ExcelCsv csv = CsvFiles.plainForExcel(file, "name", "change")) {
			csv.printRecord("广州市", -12);
			csv.printRecord("-负数开头的名称", 3);
		}
		List<CSVRecord> rows = read(file);
		assertThat(rows.get(1).values()).containsExactly("广州市", "-12");
		assertThat(rows.get(2).values()).containsExactly("'-负数开头的名称", "3");
	}

	private static List<CSVRecord> read(Path file) throws IOException {
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			if (in.markSupported()) {
				in.mark(1);
				if (in.read() != '\uFEFF') {
					in.reset();
				}
			}
			return CSVFormat.RFC4180.parse(in).getRecords();
		}
	}
}
