package cn.gdftu.twocoverage.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import cn.gdftu.twocoverage.ingest.TestWorkbook.DateCell;
import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;

import static cn.gdftu.twocoverage.ingest.Fixtures.GZ1;
import static cn.gdftu.twocoverage.ingest.ReturnKind.CONTRACTS;
import static cn.gdftu.twocoverage.ingest.ReturnKind.ORGANIZATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Returns sent as workbooks (SPEC §8): which sources a folder holds, and the same figures as CSV. */
class WorkbookReturnTests {

	private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");

	/** Date formats a city's sheet may use, in turn: ISO, Chinese built-ins 31 and 57, the general 14. */
	private static final Object[] DATE_FORMATS = { "yyyy-mm-dd", 31, 57, 14 };

	@TempDir
	Path dir;

	/**
	 * A CSV return typed into a workbook the way an officer keeps it: every record on the row of its CSV
	 * line, whole numbers as numbers, dates as date cells, the rest as text.
	 */
	static void copyAsSheet(Path csv, TestWorkbook book, String sheetName) throws Exception {
		Sheet sheet = book.sheet(sheetName);
		int dates = 0;
		try (CsvRecords records = CsvRecords.open(csv, ReturnEncoding.detect(csv))) {
			while (records.advance()) {
				String[] cells = records.cells();
				Object[] values = new Object[cells.length];
				for (int i = 0; i < cells.length; i++) {
					String cell = cells[i];
					LocalDate date = Dates.parse(cell);
					if (WHOLE_NUMBER.matcher(cell).matches()) {
						values[i] = Long.parseLong(cell);
					}
					else if (date != null) {
						values[i] = new DateCell(date, DATE_FORMATS[dates++ % DATE_FORMATS.length]);
					}
					else {
						values[i] = cell;
					}
				}
				book.row(sheet, records.line(), values);
			}
		}
	}

	private Path workbookOf(Path cityFolder, String city) throws Exception {
		Path folder = this.dir.resolve(city);
		try (TestWorkbook book = new TestWorkbook()) {
			copyAsSheet(cityFolder.resolve("organizations.csv"), book, "基层工会台账");
			copyAsSheet(cityFolder.resolve("contracts.csv"), book, "专项集体合同");
			book.save(folder.resolve("月报.xlsx"));
		}
		return folder;
	}

	@TestFactory
	Stream<DynamicTest> everyConformanceCityGivesTheSameFiguresAndRejectsAsWorkbook() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String tree : new String[] { "bad/input/2026-09", "messy/input/2026-10" }) {
			Path input = Fixtures.resource("/conformance/" + tree);
			for (Division city : ReferenceData.bundled().cities()) {
				CityRun csv = CityRun.of(input.resolve(city.code()), city.code());
				if (!"submitted".equals(csv.status())) {
					continue;
				}
				tests.add(DynamicTest.dynamicTest(tree + " " + city.code(), () -> {
					CityRun workbook = CityRun.of(workbookOf(input.resolve(city.code()), city.code()), city.code());
					assertThat(workbook.status()).as(workbook.rejected).isEqualTo("submitted");
					assertThat(workbook.source(ORGANIZATIONS)).isEqualTo("月报.xlsx[基层工会台账]");
					assertThat(workbook.source(CONTRACTS)).isEqualTo("月报.xlsx[专项集体合同]");
					assertThat(workbook.counts()).isEqualTo(csv.counts());
					assertThat(workbook.skippedLines()).isEqualTo(csv.skippedLines());
					assertThat(workbook.rejections).extracting(RowRejection::line, RowRejection::column, RowRejection::reason)
						.containsExactlyElementsOf(csv.rejections.stream()
							.map((r) -> tuple(r.line(), r.column(), r.reason())).toList());
					assertThat(workbook.organizations).isEqualTo(csv.organizations);
					assertThat(workbook.contracts).isEqualTo(csv.contracts);
				}));
			}
		}
		assertThat(tests).hasSizeGreaterThan(30);
		return tests.stream();
	}

	@Nested
	class Sources {

		private Path city;

		@org.junit.jupiter.api.BeforeEach
		void city() {
			this.city = dir.resolve("440100");
		}

		private void csv(ReturnKind kind, String text) throws Exception {
			Fixtures.write(this.city.resolve(kind.fileName()), text, StandardCharsets.UTF_8);
		}

		/** A workbook whose sheets hold the table their name says (a sheet of another name stays empty). */
		private void sheetWorkbook(String name, String... sheets) throws Exception {
			try (TestWorkbook book = new TestWorkbook()) {
				for (String sheet : sheets) {
					fill(book, sheet, ReturnKind.ofSheet(sheet));
				}
				book.save(this.city.resolve(name));
			}
		}

		/** organizations.xlsx or contracts.xlsx with the table in a sheet of any name. */
		private void tableWorkbook(ReturnKind kind, String sheet) throws Exception {
			try (TestWorkbook book = new TestWorkbook()) {
				fill(book, sheet, kind);
				book.save(this.city.resolve(kind.workbookName()));
			}
		}

		private static void fill(TestWorkbook book, String sheet, ReturnKind kind) {
			Sheet s = book.sheet(sheet);
			if (kind == ORGANIZATIONS) {
				book.row(s, 1, (Object[]) Fixtures.ORGANIZATIONS_HEADER.split(","));
				book.row(s, 2, GZ1, "广州甲", "440106", "C", "国有", 100, 40, 30, "女职工委员会");
			}
			else if (kind == CONTRACTS) {
				book.row(s, 1, (Object[]) Fixtures.CONTRACTS_HEADER.split(","));
				book.row(s, 2, "HT-1", "单独", GZ1, new DateCell(LocalDate.of(2024, 1, 1), 31),
						new DateCell(LocalDate.of(2026, 12, 31), 31));
			}
		}

		private CityRun run() {
			return CityRun.of(this.city, "440100");
		}

		@Test
		void perTableWorkbooks() throws Exception {
			tableWorkbook(ORGANIZATIONS, "Sheet1");
			tableWorkbook(CONTRACTS, "Sheet1");
			// Per-table workbooks take their first visible sheet with the header, whatever its name.
			CityRun run = run();
			assertThat(run.status()).as(run.rejected).isEqualTo("submitted");
			assertThat(run.counts()).containsExactly(1, 1, 1, 1, 0);
			assertThat(run.source(ORGANIZATIONS)).isEqualTo("organizations.xlsx[Sheet1]");
		}

		@Test
		void oneWorkbookWithBothSheetsAmongOthers() throws Exception {
			sheetWorkbook("广州市2026年10月.xlsx", "填表说明", "基层工会台账", "专项集体合同");
			CityRun run = run();
			assertThat(run.status()).as(run.rejected).isEqualTo("submitted");
			assertThat(run.counts()).containsExactly(1, 1, 1, 1, 0);
		}

		@Test
		void aWorkbookNextToACsvFile() throws Exception {
			tableWorkbook(ORGANIZATIONS, "基层工会");
			csv(CONTRACTS, Fixtures.CONTRACTS_HEADER + "\nHT-1,单独," + GZ1 + ",24年3月1日,2026-12-31\n");
			CityRun run = run();
			assertThat(run.status()).as(run.rejected).isEqualTo("submitted");
			assertThat(run.source(CONTRACTS)).isEqualTo("contracts.csv");
			assertThat(run.contracts).extracting(Contract::effectiveFrom).containsExactly(LocalDate.of(2024, 3, 1));
		}

		@Test
		void twoSourcesForOneTableAreNamed() throws Exception {
			sheetWorkbook("月报.xlsx", "基层工会台账", "专项集体合同");
			csv(ORGANIZATIONS, Fixtures.ORGANIZATIONS_HEADER + "\n");
			CityRun run = run();
			assertThat(run.status()).isEqualTo("rejected");
			assertThat(run.rejected).contains("organizations.csv").contains("月报.xlsx[基层工会台账]");
		}

		@Test
		void oldExcelAndWpsFilesAreRefusedWithAdvice() throws Exception {
			Fixtures.write(this.city.resolve("月报.xls"), "old", StandardCharsets.UTF_8);
			Fixtures.write(this.city.resolve("月报.et"), "wps", StandardCharsets.UTF_8);
			CityRun run = run();
			assertThat(run.status()).isEqualTo("rejected");
			assertThat(run.rejected).contains("月报.et").contains("月报.xls").contains(".xlsx").contains("CSV");
		}

		@Test
		void aWorkbookWithoutTheTablesIsRejectedNotMissing() throws Exception {
			sheetWorkbook("汇总.xlsx", "Sheet1");
			CityRun run = run();
			assertThat(run.status()).isEqualTo("rejected");
			assertThat(run.rejected).contains("汇总.xlsx").contains("基层工会台账");
		}

		@Test
		void aDamagedWorkbookRejectsTheCity() throws Exception {
			Files.createDirectories(this.city);
			Files.write(this.city.resolve("月报.xlsx"), new byte[] { 'P', 'K', 3, 4, 1, 2, 3 });
			CityRun run = run();
			assertThat(run.status()).isEqualTo("rejected");
			assertThat(run.rejected).contains("月报.xlsx").contains("无法作为Excel工作簿");
		}
	}
}
