package cn.gdftu.twocoverage.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gdftu.twocoverage.ingest.TestWorkbook.DateCell;
import cn.gdftu.twocoverage.ingest.TestWorkbook.Formatted;
import cn.gdftu.twocoverage.ingest.TestWorkbook.Formula;

import static cn.gdftu.twocoverage.ingest.Fixtures.GZ1;
import static cn.gdftu.twocoverage.ingest.Fixtures.GZ2;
import static cn.gdftu.twocoverage.ingest.ReturnKind.CONTRACTS;
import static cn.gdftu.twocoverage.ingest.ReturnKind.ORGANIZATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The Excel source (SPEC §8): cells as the rules read them, sheets, rows and line numbers. */
class SheetSourceTests {

	private static final Object[] CONTRACT_HEADER = { "合同编号", "合同类型", "统一社会信用代码", "生效日期", "到期日期" };

	@TempDir
	Path dir;

	/** The data rows of a one-sheet contracts.xlsx with the given cells in row 2. */
	private List<ReturnRow> contractRows(Object... cells) throws Exception {
		try (TestWorkbook book = new TestWorkbook()) {
			Sheet sheet = book.sheet("Sheet1");
			book.row(sheet, 1, CONTRACT_HEADER).row(sheet, 2, cells);
			return rows(book.save(this.dir.resolve("contracts.xlsx")), CONTRACTS);
		}
	}

	private static List<ReturnRow> rows(Path workbook, ReturnKind kind) throws Exception {
		List<ReturnRow> rows = new ArrayList<>();
		try (ReturnReader reader = new SheetSource(kind, workbook, null).open()) {
			ReturnLine line;
			while ((line = reader.next()) != null) {
				if (line instanceof ReturnRow row) {
					rows.add(row);
				}
			}
		}
		return rows;
	}

	@Nested
	class Cells {

		/** Built-in date formats: the general ones and the Chinese ones readers do not call dates. */
		@ParameterizedTest
		@ValueSource(ints = { 14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58 })
		void aDateCellUnderEveryBuiltInDateFormatIsThatDate(int format) throws Exception {
			ReturnRow row = contractRows("HT-1", "单独", GZ1, new DateCell(LocalDate.of(2024, 3, 1), format),
					new DateCell(LocalDate.of(2026, 2, 28), format)).get(0);
			assertThat(row.get(Column.EFFECTIVE_FROM)).isEqualTo("2024-03-01");
			assertThat(row.get(Column.EXPIRES_ON)).isEqualTo("2026-02-28");
		}

		@ParameterizedTest
		@ValueSource(strings = { "yyyy-mm-dd", "yyyy/m/d", "yyyy\"年\"m\"月\"d\"日\"", "[$-804]yyyy\"年\"m\"月\"d\"日\";@",
				"[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\"", "d-mmm-yy", "yy.m.d", "m/d/yyyy h:mm" })
		void aDateCellUnderCustomDateFormatsIsThatDate(String format) throws Exception {
			ReturnRow row = contractRows("HT-1", "单独", GZ1, new DateCell(LocalDate.of(2024, 3, 1), format),
					new DateCell(LocalDate.of(2026, 2, 28), format)).get(0);
			assertThat(row.get(Column.EFFECTIVE_FROM)).isEqualTo("2024-03-01");
		}

		@Test
		void digitsTypedIntoADateCellReadAsYyyymmdd() throws Exception {
			ReturnRow row = contractRows("HT-1", "单独", GZ1, new Formatted(20240601, "yyyy-mm-dd"),
					new Formatted(20270531, 14)).get(0);
			assertThat(row.get(Column.EFFECTIVE_FROM)).isEqualTo("20240601");
			assertThat(Dates.parse(row.get(Column.EXPIRES_ON))).isEqualTo(LocalDate.of(2027, 5, 31));
		}

		@Test
		void numbersAreTheirDigitsAndNumberFormatsAreNotDates() throws Exception {
			ReturnRow row = contractRows(20240001, 12.5, 1234.0, new Formatted(45366, "#,##0"),
					new Formatted(7, "0\"人\"")).get(0);
			assertThat(row.get(Column.CONTRACT_ID)).isEqualTo("20240001");
			assertThat(row.get(Column.SCOPE)).isEqualTo("12.5");
			assertThat(row.get(Column.EMPLOYER_ID)).isEqualTo("1234");
			assertThat(row.get(Column.EFFECTIVE_FROM)).isEqualTo("45366");
			assertThat(row.get(Column.EXPIRES_ON)).isEqualTo("7");
		}

		@Test
		void formulasCountByTheirCachedValue() throws Exception {
			ReturnRow row = contractRows(new Formula("\"HT-\"&(1+1)"), new Formula("\"单独\""), GZ1,
					new Formula("DATE(2024,3,1)"), new Formula("3*4")).get(0);
			assertThat(row.get(Column.CONTRACT_ID)).isEqualTo("HT-2");
			assertThat(row.get(Column.SCOPE)).isEqualTo("单独");
			assertThat(row.get(Column.EXPIRES_ON)).isEqualTo("12");
		}

		@Test
		void aCreditCodeStoredAsANumberShowsAsExcelShowsIt() throws Exception {
			ReturnRow row = contractRows("HT-1", "单独", 914406001922038216L, "2024-01-01", "2026-12-31").get(0);
			assertThat(row.get(Column.EMPLOYER_ID)).isEqualTo("9.14406001922038E+17");
		}
	}

	@Nested
	class Sheets {

		@Test
		void titleRowsMergedTitleCellsTotalsRowsAndRowNumbersAsExcelShowsThem() throws Exception {
			Path workbook;
			try (TestWorkbook book = new TestWorkbook()) {
				Sheet hidden = book.sheet("旧表");
				book.row(hidden, 1, Fixtures.ORGANIZATIONS_HEADER.split(","));
				Sheet sheet = book.sheet("基层工会");
				book.row(sheet, 1, "广州市基层工会女职工组织建设情况统计表");
				sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
				book.row(sheet, 2, "填报单位：广州市总工会");
				book.row(sheet, 4, (Object[]) Fixtures.ORGANIZATIONS_HEADER.split(","));
				book.row(sheet, 5, GZ1, "广州甲", 440106, "C", "国有", 100, 40, 30, "女职工委员会");
				book.row(sheet, 7, GZ2, "广州乙", 440111, "G", "民营", 85, 9, 9, "女职工委员");
				book.row(sheet, 8, "合计", null, null, null, null, new Formula("SUM(F5:F7)"), 49, 39, null);
				book.book.setSheetHidden(0, true);
				workbook = book.save(dir.resolve("organizations.xlsx"));
			}
			List<ReturnLine> lines = new ArrayList<>();
			try (ReturnReader reader = new SheetSource(ORGANIZATIONS, workbook, null).open()) {
				assertThat(reader.source()).isEqualTo("organizations.xlsx[基层工会]");
				ReturnLine line;
				while ((line = reader.next()) != null) {
					lines.add(line);
				}
			}
			assertThat(lines).extracting(ReturnLine::line, (l) -> l.getClass().getSimpleName())
				.containsExactly(tuple(1, "SkippedLine"), tuple(2, "SkippedLine"), tuple(5, "ReturnRow"),
						tuple(7, "ReturnRow"), tuple(8, "SkippedLine"));
			assertThat(((ReturnRow) lines.get(2)).get(Column.COUNTY_CODE)).isEqualTo("440106");
		}
	}
}
