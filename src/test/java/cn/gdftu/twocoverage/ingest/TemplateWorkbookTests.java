package cn.gdftu.twocoverage.ingest;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static cn.gdftu.twocoverage.ingest.Fixtures.GZ1;
import static cn.gdftu.twocoverage.ingest.Fixtures.GZ2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template workbook in {@code templates/} is generated, never edited by hand. To write it again:
 * {@code ./mvnw -o test -Dtest=TemplateWorkbookTests -Dtemplate.write=true}.
 */
class TemplateWorkbookTests {

	private static final Path COMMITTED = Path.of("templates", "xlsx", TemplateWorkbook.FILE_NAME);

	@TempDir
	Path dir;

	@Test
	void theCommittedTemplateIsWhatTheGeneratorWrites() throws Exception {
		if (Boolean.getBoolean("template.write")) {
			TemplateWorkbook.write(COMMITTED);
		}
		Path fresh = this.dir.resolve(TemplateWorkbook.FILE_NAME);
		TemplateWorkbook.write(fresh);
		assertThat(COMMITTED).as("run with -Dtemplate.write=true to write it").exists();
		assertThat(content(COMMITTED)).isEqualTo(content(fresh));
	}

	@Test
	void theTemplateAsItIsPassesTheCheckWithItsExampleRows() throws Exception {
		Path city = this.dir.resolve("440100");
		Files.createDirectories(city);
		Files.copy(COMMITTED, city.resolve(TemplateWorkbook.FILE_NAME));
		CityRun run = CityRun.of(city, "440100");
		assertThat(run.status()).as(run.rejected).isEqualTo("submitted");
		assertThat(run.counts()).containsExactly(1, 1, 1, 1, 0);
		assertThat(run.source(ReturnKind.ORGANIZATIONS)).isEqualTo(TemplateWorkbook.FILE_NAME + "[基层工会台账]");
	}

	/** Filled the way a program (or an officer typing into the formatted cells) fills it. */
	@Test
	void aFilledTemplateKeepsEighteenDigitCodesAndDates() throws Exception {
		Path city = this.dir.resolve("440100");
		Files.createDirectories(city);
		String allDigits = "914401060000000500";
		try (InputStream in = Files.newInputStream(COMMITTED); XSSFWorkbook book = new XSSFWorkbook(in)) {
			Sheet organizations = book.getSheet("基层工会台账");
			fill(organizations.createRow(2), GZ1, "广州甲电子有限公司", "440106", "C", "国有", 100, 40, 30, "女职工委员会");
			fill(organizations.createRow(3), allDigits, "广州乙物流有限公司", "440111", "G", "私营", 85, 9, 9, "女职工委员");
			fill(organizations.createRow(4), GZ2, "广州丙餐饮有限公司", "440103", "H", "港澳台投资", 12, 3, 0, "无");
			Sheet contracts = book.getSheet("专项集体合同");
			fill(contracts.createRow(2), "穗〔2024〕7号", "区域性", allDigits, LocalDate.of(2024, 3, 1), LocalDate.of(2027, 2, 28));
			fill(contracts.createRow(3), "穗〔2024〕7号", "区域性", GZ1, LocalDate.of(2024, 3, 1), LocalDate.of(2027, 2, 28));
			try (var out = Files.newOutputStream(city.resolve("广州市2026年10月.xlsx"))) {
				book.write(out);
			}
		}
		CityRun run = CityRun.of(city, "440100");
		assertThat(run.status()).as(run.rejected).isEqualTo("submitted");
		assertThat(run.rejections).isEmpty();
		assertThat(run.organizations).extracting(Organization::employerId).contains(allDigits, GZ1, GZ2);
		assertThat(run.contracts).extracting(Contract::effectiveFrom).contains(LocalDate.of(2024, 3, 1));
	}

	/** Typed values go into the template's formatted columns: text stays text, as Excel keeps it. */
	private static void fill(Row row, Object... values) {
		Sheet sheet = row.getSheet();
		for (int i = 0; i < values.length; i++) {
			var cell = row.createCell(i);
			var style = sheet.getColumnStyle(i);
			if (style != null) {
				cell.setCellStyle(style);
			}
			if (values[i] instanceof String text) {
				cell.setCellValue(text);
			}
			else if (values[i] instanceof LocalDate date) {
				cell.setCellValue(date);
			}
			else {
				cell.setCellValue(((Number) values[i]).doubleValue());
			}
		}
	}

	/** Every sheet's name, visibility, cells as shown, column formats and drop-down lists. */
	private static List<String> content(Path file) throws Exception {
		List<String> content = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (InputStream in = Files.newInputStream(file); Workbook book = new XSSFWorkbook(in)) {
			for (Sheet sheet : book) {
				content.add("sheet " + sheet.getSheetName() + " hidden=" + book.isSheetHidden(book.getSheetIndex(sheet)));
				for (Row row : sheet) {
					row.forEach((cell) -> content.add(cell.getAddress() + "=" + formatter.formatCellValue(cell) + " "
							+ cell.getCellStyle().getDataFormatString()));
				}
				for (int i = 0; i < 9; i++) {
					var style = sheet.getColumnStyle(i);
					content.add("column " + i + " " + ((style == null) ? "" : style.getDataFormatString()));
				}
				sheet.getDataValidations().forEach((v) -> content.add("list " + v.getRegions().getCellRangeAddress(0)
						.formatAsString() + " " + String.join("|", v.getValidationConstraint().getExplicitListValues())));
			}
		}
		return content;
	}
}
