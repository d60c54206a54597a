package cn.gdftu.twocoverage.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the cities' template workbook, {@code templates/xlsx/两个覆盖月报模板.xlsx} (SPEC §8): the two sheets
 * under the names the job looks for, Chinese headers, the credit-code columns formatted as 文本 (Text) so
 * a typed code keeps its 18 digits, date columns as {@code yyyy-mm-dd}, drop-down lists for the coded
 * columns, one example row each, and a sheet of instructions. Run by {@code TemplateWorkbookTests}.
 */
final class TemplateWorkbook {

	static final String FILE_NAME = "两个覆盖月报模板.xlsx";

	/** Rows the formats and drop-down lists cover: more than the largest city's roster. */
	private static final int LAST_ROW = 50_000;

	static final String EXAMPLE_ID = "91440106MA5CQ8R29B";

	private static final String[] INDUSTRIES = { "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N",
			"O", "P", "Q", "R", "S", "T" };

	private static final String[] OWNERSHIPS = { "国有", "集体", "私营", "外商投资", "港澳台投资", "其他" };

	private static final String[] WOMEN_ORGS = { "女职工委员会", "女职工委员", "无" };

	private static final String[] SCOPES = { "单独", "区域性", "行业性" };

	private static final List<String> INSTRUCTIONS = List.of("两个覆盖月报填报说明（详见 docs/填报说明.md）",
			"1. 在“基层工会台账”和“专项集体合同”两个工作表中，从第2行起填写本市数据；先删除第2行的示例（虚构单位）。",
			"2. 不要改表头（第1行）和工作表名称；列的顺序可以调整，多余的列会被忽略。",
			"3. 统一社会信用代码列已设为“文本”格式，请直接输入18位代码；从别的表格粘贴时请用“选择性粘贴—数值”，不要把代码变成数字。",
			"4. 日期列已设为日期格式，输入 2026-07-01 或 2026/7/1 即可。",
			"5. 行业门类、经济类型、女职工组织、合同类型请从下拉列表中选择。",
			"6. 填好后直接报送这个工作簿（.xlsx），不要另存为CSV：另存为CSV时，Excel 会把全数字的代码改成 9.14406E+17，"
					+ "把日期存成 24年3月1日 或数字，GBK 编码还会丢失生僻字。",
			"7. 如果一定要报送CSV：Excel 选“CSV UTF-8（逗号分隔）”；WPS 另存为CSV并选UTF-8编码；"
					+ "LibreOffice 选“文本CSV”、字符集 Unicode (UTF-8)，并取消“按显示格式保存单元格内容”。",
			"8. 行业门类：A农林牧渔 B采矿 C制造 D电力热力燃气水 E建筑 F批发零售 G交通运输仓储邮政 H住宿餐饮 I信息技术 J金融 K房地产 "
					+ "L租赁商务服务 M科研技术服务 N水利环境公共设施 O居民服务修理 P教育 Q卫生社会工作 R文化体育娱乐 S公共管理社会保障 T国际组织");

	private final XSSFWorkbook book = new XSSFWorkbook();

	private final CellStyle header;

	private final CellStyle text;

	private final CellStyle date;

	private final CellStyle count;

	private TemplateWorkbook() {
		Font bold = this.book.createFont();
		bold.setBold(true);
		this.header = this.book.createCellStyle();
		this.header.setFont(bold);
		this.text = style("@");
		this.date = style("yyyy-mm-dd");
		this.count = style("0");
	}

	static void write(Path file) throws IOException {
		TemplateWorkbook template = new TemplateWorkbook();
		try (XSSFWorkbook book = template.book) {
			template.organizations();
			template.contracts();
			template.instructions();
			book.getProperties().getCoreProperties().setCreated(java.util.Optional.of(java.util.Date.from(
					LocalDate.of(2026, 11, 30).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())));
			Files.createDirectories(file.toAbsolutePath().getParent());
			try (OutputStream out = Files.newOutputStream(file)) {
				book.write(out);
			}
		}
	}

	private void organizations() {
		Sheet sheet = this.book.createSheet("基层工会台账");
		CellStyle[] columns = { this.text, null, this.text, null, null, this.count, this.count, this.count, null };
		headerRow(sheet, ReturnKind.ORGANIZATIONS, columns);
		Row example = sheet.createRow(1);
		example.createCell(0).setCellValue(EXAMPLE_ID);
		example.createCell(1).setCellValue("广州示例电子有限公司");
		example.createCell(2).setCellValue("440106");
		example.createCell(3).setCellValue("C");
		example.createCell(4).setCellValue("私营");
		example.createCell(5).setCellValue(120);
		example.createCell(6).setCellValue(64);
		example.createCell(7).setCellValue(52);
		example.createCell(8).setCellValue("女职工委员会");
		styleRow(example, columns);
		list(sheet, 3, INDUSTRIES);
		list(sheet, 4, OWNERSHIPS);
		list(sheet, 8, WOMEN_ORGS);
	}

	private void contracts() {
		Sheet sheet = this.book.createSheet("专项集体合同");
		CellStyle[] columns = { this.text, null, this.text, this.date, this.date };
		headerRow(sheet, ReturnKind.CONTRACTS, columns);
		Row example = sheet.createRow(1);
		example.createCell(0).setCellValue("穗示例〔2025〕1号");
		example.createCell(1).setCellValue("单独");
		example.createCell(2).setCellValue(EXAMPLE_ID);
		example.createCell(3).setCellValue(LocalDate.of(2025, 7, 1));
		example.createCell(4).setCellValue(LocalDate.of(2028, 6, 30));
		styleRow(example, columns);
		list(sheet, 1, SCOPES);
	}

	private void instructions() {
		Sheet sheet = this.book.createSheet("填表说明");
		for (int i = 0; i < INSTRUCTIONS.size(); i++) {
			sheet.createRow(i).createCell(0).setCellValue(INSTRUCTIONS.get(i));
		}
		sheet.getRow(0).getCell(0).setCellStyle(this.header);
		sheet.setColumnWidth(0, 160 * 256);
	}

	/** The Chinese header, frozen, each column formatted for what is typed below it. */
	private void headerRow(Sheet sheet, ReturnKind kind, CellStyle[] columns) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < kind.columns().size(); i++) {
			row.createCell(i).setCellValue(kind.columns().get(i).chineseName());
			row.getCell(i).setCellStyle(this.header);
			sheet.setColumnWidth(i, ((i == 0 || i == 2) ? 22 : 14) * 256);
			if (columns[i] != null) {
				sheet.setDefaultColumnStyle(i, columns[i]);
			}
		}
		sheet.createFreezePane(0, 1);
	}

	private static void styleRow(Row row, CellStyle[] columns) {
		for (int i = 0; i < columns.length; i++) {
			if (columns[i] != null) {
				row.getCell(i).setCellStyle(columns[i]);
			}
		}
	}

	private static void list(Sheet sheet, int column, String[] values) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
				new CellRangeAddressList(1, LAST_ROW, column, column));
		validation.setShowErrorBox(true);
		validation.createErrorBox("请从下拉列表中选择", "可选：" + String.join("、", values));
		sheet.addValidationData(validation);
	}

	private CellStyle style(String format) {
		CellStyle style = this.book.createCellStyle();
		style.setDataFormat(this.book.createDataFormat().getFormat(format));
		return style;
	}
}
