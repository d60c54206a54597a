package cn.gdftu.twocoverage.report;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import cn.gdftu.twocoverage.Numbers;
import cn.gdftu.twocoverage.job.JobRunner;
import cn.gdftu.twocoverage.job.SharedRuns;
import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * summary.xlsx and bulletin.docx (SPEC §14), read back with POI and compared with the CSV files the same run
 * wrote: the messy conformance tree (2026-10, with a previous period) and the bad one (2026-09: missing and
 * rejected cities, rejected rows).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DepartmentDocumentsTests {

	/** The workbook's figure headers and the coverage.csv column each holds, written out by hand. */
	static final Map<String, String> FIGURE_COLUMNS = figureColumns();

	static final List<String> SHEETS = List.of("全省及各市", "各县区", "分行业", "分经济类型", "报送情况", "即将到期合同", "较上期变动",
			"需核实的变化");

	static final List<String> CITY_NAMES = ReferenceData.bundled().cities().stream().map(Division::name).toList();

	Path root;

	Outputs messy;

	Outputs bad;

	@BeforeAll
	void run(@TempDir Path root) throws IOException {
		this.root = root;
		this.messy = outputs("messy", SharedRuns.messy(), "2026-10", "2026年10月");
		this.bad = outputs("bad", SharedRuns.bad(), "2026-09", "2026年9月");
	}

	@AfterAll
	void close() throws IOException {
		for (Outputs p : List.of(this.messy, this.bad)) {
			p.workbook().close();
			p.bulletin().close();
		}
	}

	/** The build's shared run of a conformance tree (read only: a test that runs the job again works on a copy). */
	private Outputs outputs(String tree, SharedRuns.Run run, String period, String label) throws IOException {
		Path input = run.input();
		Path reports = run.reports();
		assertThat(run.outcome().exit()).as(run.outcome().stderr()).isZero();
		Path folder = reports.resolve(period);
		XSSFWorkbook workbook;
		try (InputStream in = Files.newInputStream(folder.resolve("summary.xlsx"))) {
			workbook = new XSSFWorkbook(in);
		}
		XWPFDocument bulletin;
		try (InputStream in = Files.newInputStream(folder.resolve("bulletin.docx"))) {
			bulletin = new XWPFDocument(in);
		}
		return new Outputs(tree, input, reports, folder, label, workbook, bulletin,
				IndexPage.csv(folder.resolve("coverage.csv"), "level", "code"),
				IndexPage.csv(folder.resolve("submissions.csv"), "city_code"));
	}

	record Outputs(String tree, Path input, Path reports, Path folder, String label, XSSFWorkbook workbook,
			XWPFDocument bulletin, Map<String, Map<String, String>> coverage,
			Map<String, Map<String, String>> submissions) {

		long submitted() {
			return this.submissions.values().stream().filter((s) -> s.get("status").equals("submitted")).count();
		}

		String text() {
			StringBuilder text = new StringBuilder();
			for (XWPFParagraph p : this.bulletin.getParagraphs()) {
				text.append(p.getText()).append('\n');
			}
			return text.toString();
		}
	}

	List<Outputs> periods() {
		return List.of(this.messy, this.bad);
	}

	@Nested
	class Workbook {

		@Test
		void hasASheetPerTableUnderChineseNames() {
			for (Outputs p : periods()) {
				List<String> names = new ArrayList<>();
				p.workbook().forEach((s) -> names.add(s.getSheetName()));
				assertThat(names).as(p.tree()).isEqualTo(SHEETS);
			}
		}

		@Test
		void provinceAndCitiesEqualCoverageCsvAsNumbersWithAPercentFormat() throws IOException {
			for (Outputs p : periods()) {
				XSSFSheet sheet = p.workbook().getSheet("全省及各市");
				Map<String, Integer> columns = header(sheet);
				// The review status of reviews.csv (SPEC §12), in words: these trees came as files.
				Map<String, String> words = Map.of("as_files", "以文件送达", "", "未报送");
				Map<String, Map<String, String>> reviews = IndexPage.csv(p.folder().resolve("reviews.csv"), "city_code");
				List<String> seen = new ArrayList<>();
				for (Row row : data(sheet)) {
					String code = row.getCell(columns.get("地区代码")).getStringCellValue();
					String key = code.equals("440000") ? "province/440000" : "city/" + code;
					if (!code.equals("440000")) {
						assertThat(row.getCell(columns.get("审核状态")).getStringCellValue()).as(key)
							.isEqualTo(words.get(reviews.get(code).get("review_status")));
					}
					assertFigures(p, row, columns, p.coverage().get(key), key);
					seen.add(key);
				}
				List<String> expected = p.coverage().keySet().stream()
					.filter((k) -> k.startsWith("province/") || k.startsWith("city/"))
					.toList();
				assertThat(seen).as(p.tree()).isEqualTo(expected).hasSize(22);
			}
		}

		@Test
		void countiesIndustriesAndOwnershipEqualCoverageCsv() {
			for (Outputs p : periods()) {
				check(p, "各县区", "county", "区县代码");
				check(p, "分行业", "industry", "行业代码");
				check(p, "分经济类型", "ownership", "经济类型代码");
			}
		}

		private void check(Outputs p, String sheetName, String level, String codeHeader) {
			XSSFSheet sheet = p.workbook().getSheet(sheetName);
			Map<String, Integer> columns = header(sheet);
			List<String> seen = new ArrayList<>();
			for (Row row : data(sheet)) {
				String key = level + "/" + row.getCell(columns.get(codeHeader)).getStringCellValue();
				assertFigures(p, row, columns, p.coverage().get(key), key);
				seen.add(key);
			}
			assertThat(seen).as(p.tree() + " " + sheetName)
				.isEqualTo(p.coverage().keySet().stream().filter((k) -> k.startsWith(level + "/")).toList())
				.isNotEmpty();
		}

		private void assertFigures(Outputs p, Row row, Map<String, Integer> columns, Map<String, String> csv,
				String key) {
			assertThat(csv).as(p.tree() + " " + key + " in coverage.csv").isNotNull();
			FIGURE_COLUMNS.forEach((header, column) -> {
				Cell cell = row.getCell(columns.get(header));
				String expected = csv.get(column);
				String where = p.tree() + " " + key + " " + column;
				if (column.endsWith("_rate")) {
					assertThat(cell.getCellStyle().getDataFormatString()).as(where).isEqualTo("0.0%");
					if (expected.isEmpty()) {
						assertThat(cell.getCellType()).as(where).isEqualTo(CellType.BLANK);
					}
					else {
						assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
						assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).as(where)
							.isEqualByComparingTo(new BigDecimal(expected));
					}
				}
				else {
					assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
					assertThat((long) cell.getNumericCellValue()).as(where).isEqualTo(Long.parseLong(expected));
				}
			});
		}

		@Test
		void submissionsEqualSubmissionsCsv() {
			for (Outputs p : periods()) {
				XSSFSheet sheet = p.workbook().getSheet("报送情况");
				Map<String, Integer> columns = header(sheet);
				List<String> seen = new ArrayList<>();
				for (Row row : data(sheet)) {
					Map<String, String> csv = p.submissions().get(row.getCell(columns.get("市代码")).getStringCellValue());
					assertThat(row.getCell(columns.get("市")).getStringCellValue()).isEqualTo(csv.get("city_name"));
					assertThat(row.getCell(columns.get("报送情况")).getStringCellValue())
						.isEqualTo(Map.of("submitted", "已报送", "missing", "未报送", "rejected", "整份退回").get(csv.get("status")));
					assertThat(number(row, columns.get("基层工会台账（行）"))).isEqualTo(csv.get("organizations_rows"));
					assertThat(number(row, columns.get("专项集体合同台账（行）"))).isEqualTo(csv.get("contracts_rows"));
					assertThat(number(row, columns.get("退回行数"))).isEqualTo(csv.get("rejected_rows"));
					seen.add(csv.get("city_code"));
				}
				assertThat(seen).as(p.tree()).isEqualTo(List.copyOf(p.submissions().keySet())).hasSize(21);
			}
		}

		@Test
		void expiringContractsAreThoseOfExpiringCsv() throws IOException {
			for (Outputs p : periods()) {
				Map<String, Map<String, String>> csv = IndexPage.csv(p.folder().resolve("expiring.csv"), "city_code",
						"contract_id");
				XSSFSheet sheet = p.workbook().getSheet("即将到期合同");
				Map<String, Integer> columns = header(sheet);
				List<String> ids = new ArrayList<>();
				for (Row row : data(sheet)) {
					ids.add(row.getCell(columns.get("合同编号")).getStringCellValue());
					String id = row.getCell(columns.get("合同编号")).getStringCellValue();
					Map<String, String> line = csv.values().stream().filter((c) -> c.get("contract_id").equals(id))
						.findFirst().orElseThrow();
					assertThat(number(row, columns.get("距到期（天）"))).isEqualTo(line.get("days_to_expiry"));
				}
				assertThat(ids).as(p.tree())
					.isEqualTo(csv.values().stream().map((c) -> c.get("contract_id")).toList());
			}
		}

		@Test
		void eachSheetHasATitleAFrozenFilteredHeaderAndPrintsA4LandscapeOnePageWide() {
			for (Outputs p : periods()) {
				for (String name : SHEETS) {
					XSSFSheet sheet = p.workbook().getSheet(name);
					String where = p.tree() + " " + name;
					assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as(where).contains(p.label()).contains(name);
					assertThat(sheet.getPaneInformation().isFreezePane()).as(where).isTrue();
					assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(where).isEqualTo((short) 2);
					assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(where).startsWith("A2:");
					CellRangeAddress repeated = sheet.getRepeatingRows();
					assertThat(repeated.getFirstRow()).as(where).isZero();
					assertThat(repeated.getLastRow()).as(where).isEqualTo(1);
					PrintSetup print = sheet.getPrintSetup();
					assertThat(print.getPaperSize()).as(where).isEqualTo(PrintSetup.A4_PAPERSIZE);
					assertThat(print.getLandscape()).as(where).isTrue();
					assertThat(sheet.getFitToPage()).as(where).isTrue();
					assertThat(print.getFitWidth()).as(where).isEqualTo((short) 1);
					assertThat(print.getFitHeight()).as(where).isZero();
				}
			}
		}

		@Test
		void columnsAreWideEnoughForTheirChineseText() {
			XSSFSheet sheet = DepartmentDocumentsTests.this.messy.workbook().getSheet("全省及各市");
			int name = header(sheet).get("地区");
			// 广州市: three Chinese characters, each as wide as two Latin ones.
			assertThat(sheet.getColumnWidth(name)).isGreaterThanOrEqualTo(6 * 256);
			for (Row row : data(sheet)) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.STRING) {
						int wide = cell.getStringCellValue().codePoints().map((c) -> c > 0x2E80 ? 2 : 1).sum();
						assertThat(sheet.getColumnWidth(cell.getColumnIndex()))
							.as(cell.getStringCellValue()).isGreaterThanOrEqualTo(Math.min(wide, 60) * 256);
					}
				}
			}
		}

		private static String number(Row row, int column) {
			return String.valueOf((long) row.getCell(column).getNumericCellValue());
		}
	}

	@Nested
	class Bulletin {

		@Test
		void isA4WithTheMarginsOfGbt9704() {
			for (Outputs p : periods()) {
				CTSectPr section = p.bulletin().getDocument().getBody().getSectPr();
				CTPageSz size = section.getPgSz();
				assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906)); // 210 mm
				assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838)); // 297 mm
				CTPageMar margins = section.getPgMar();
				assertThat(margins.getTop()).isEqualTo(BigInteger.valueOf(2098)); // 37 mm
				assertThat(margins.getBottom()).isEqualTo(BigInteger.valueOf(1984)); // 35 mm
				assertThat(margins.getLeft()).isEqualTo(BigInteger.valueOf(1587)); // 28 mm
				assertThat(margins.getRight()).isEqualTo(BigInteger.valueOf(1474)); // 26 mm
			}
		}

		@Test
		void theTitleIsCentred22PointXiaobiaosong() {
			XWPFParagraph title = DepartmentDocumentsTests.this.messy.bulletin().getParagraphs().get(0);
			assertThat(title.getText().replaceAll("\\s", "")).isEqualTo("关于2026年10月全省“两个覆盖”工作情况的通报");
			assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			for (XWPFRun run : title.getRuns()) {
				assertThat(run.getFontFamily(FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
				assertThat(run.getFontSizeAsDouble()).isEqualTo(22.0);
			}
		}

		@Test
		void everyRunNamesItsEastAsianFont() {
			for (Outputs p : periods()) {
				List<XWPFRun> runs = new ArrayList<>();
				p.bulletin().getParagraphs().forEach((para) -> runs.addAll(para.getRuns()));
				for (XWPFTable table : p.bulletin().getTables()) {
					table.getRows().forEach((r) -> r.getTableCells()
						.forEach((c) -> c.getParagraphs().forEach((para) -> runs.addAll(para.getRuns()))));
				}
				for (XWPFFooter footer : p.bulletin().getFooterList()) {
					footer.getParagraphs().forEach((para) -> runs.addAll(para.getRuns()));
				}
				assertThat(runs).hasSizeGreaterThan(40);
				for (XWPFRun run : runs) {
					assertThat(run.getFontFamily(FontCharRange.eastAsia)).as(run.text()).isNotBlank();
				}
			}
		}

		@Test
		void bodyIsFangsong16PointIndentedTwoCharactersAt28PointExactly() {
			int body = 0;
			for (XWPFParagraph p : DepartmentDocumentsTests.this.messy.bulletin().getParagraphs()) {
				String text = p.getText();
				if (text.isEmpty() || p.getCTP().getPPr().getInd() == null
						|| p.getCTP().getPPr().getInd().getFirstLineChars() == null) {
					continue;
				}
				assertThat(p.getCTP().getPPr().getInd().getFirstLineChars()).as(text).isEqualTo(BigInteger.valueOf(200));
				assertThat(p.getSpacingLineRule()).as(text).isEqualTo(LineSpacingRule.EXACT);
				assertThat(p.getSpacingBetween()).as(text).isEqualTo(28.0);
				XWPFRun last = p.getRuns().get(p.getRuns().size() - 1);
				assertThat(last.getFontSizeAsDouble()).as(text).isEqualTo(16.0);
				if (text.matches("^[一二三四五六七八九十]、.*")) {
					assertThat(last.getFontFamily(FontCharRange.eastAsia)).as(text).isEqualTo("黑体");
				}
				else {
					assertThat(last.getFontFamily(FontCharRange.eastAsia)).as(text).isEqualTo("仿宋_GB2312");
					body++;
				}
				if (text.matches("^（[一二三四五六七八九十]）.*")) {
					assertThat(p.getRuns().get(0).getFontFamily(FontCharRange.eastAsia)).as(text).isEqualTo("楷体_GB2312");
				}
			}
			assertThat(body).isGreaterThan(8);
		}

		@Test
		void hasTheFiveHeadingsAndTheNextStepsMarkedForTheEditor() {
			String text = DepartmentDocumentsTests.this.messy.text();
			assertThat(headings(DepartmentDocumentsTests.this.messy)).containsExactly("一、总体情况", "二、各市工作进展", "三、报送与数据质量",
					"四、需要关注的问题", "五、下一步工作");
			List<XWPFParagraph> paragraphs = DepartmentDocumentsTests.this.messy.bulletin().getParagraphs();
			for (int i = 0; i < paragraphs.size(); i++) {
				if (paragraphs.get(i).getText().equals("五、下一步工作")) {
					XWPFRun note = paragraphs.get(i + 1).getRuns().get(0);
					assertThat(note.text()).startsWith("【待编辑填写】");
					assertThat(note.isHighlighted()).isTrue();
				}
			}
			assertThat(text).contains("（一）达标情况。").contains("（二）未达标的市。").contains("（三）变化较大的市。");
		}

		private static List<String> headings(Outputs p) {
			return p.bulletin().getParagraphs().stream().map(XWPFParagraph::getText)
				.filter((t) -> t.matches("^[一二三四五六七八九十]、.*")).toList();
		}

		@Test
		void pageNumbersAreAPageFieldBetweenDashesOddRightEvenLeft() {
			XWPFDocument doc = DepartmentDocumentsTests.this.messy.bulletin();
			assertThat(doc.getEvenAndOddHeadings()).isTrue();
			XWPFFooter odd = doc.getHeaderFooterPolicy().getDefaultFooter();
			XWPFFooter even = doc.getHeaderFooterPolicy().getEvenPageFooter();
			assertThat(odd.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
			assertThat(even.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
			for (XWPFFooter footer : List.of(odd, even)) {
				XWPFParagraph p = footer.getParagraphs().get(0);
				assertThat(p.getCTP().xmlText()).contains("PAGE");
				assertThat(p.getText()).startsWith("— ").endsWith(" —");
				for (XWPFRun run : p.getRuns()) {
					assertThat(run.getFontSizeAsDouble()).isEqualTo(14.0);
				}
			}
		}

		@Test
		void theOverallSituationGivesBothProvinceRatesOfCoverageCsvTheirChangeAndTheCitiesIncluded()
				throws IOException {
			Outputs p = DepartmentDocumentsTests.this.messy;
			Map<String, String> province = p.coverage().get("province/440000");
			Map<String, String> before = IndexPage.csv(p.reports().resolve("2026-09/coverage.csv"), "level", "code")
				.get("province/440000");
			String text = p.text();
			assertThat(text).contains("全省女职工组织覆盖率为 " + Percent.of(new BigDecimal(province.get("org_units_rate"))))
				.contains("全省专项集体合同覆盖率为 " + Percent.of(new BigDecimal(province.get("contract_units_rate"))))
				.contains(p.submitted() + "/21 个市");
			for (String rate : List.of("org_units_rate", "contract_units_rate")) {
				PointChange change = PointChange.of(new BigDecimal(province.get(rate)), new BigDecimal(before.get(rate)));
				String words = change.css().equals("up") ? "上升 " : "下降 ";
				assertThat(text).contains("较上期（2026年9月）" + words + change.text().substring(1) + " 个百分点");
			}
		}

		@Test
		void theTableNamesEveryCityOnceWithItsRatesFromCoverageCsv() {
			for (Outputs p : periods()) {
				XWPFTable table = p.bulletin().getTables().get(0);
				List<XWPFTableRow> rows = table.getRows();
				assertThat(rows).hasSize(1 + 1 + 21);
				assertThat(rows.get(1).getCell(1).getText()).isEqualTo("全省");
				assertThat(rows.get(1).getCell(2).getText())
					.isEqualTo(Percent.of(new BigDecimal(p.coverage().get("province/440000").get("org_units_rate"))));
				Map<String, String> codes = new LinkedHashMap<>();
				ReferenceData.bundled().cities().forEach((c) -> codes.put(c.name(), c.code()));
				List<String> named = new ArrayList<>();
				for (XWPFTableRow row : rows.subList(2, rows.size())) {
					String name = row.getCell(1).getText();
					named.add(name);
					Map<String, String> submission = p.submissions().get(codes.get(name));
					if (submission.get("status").equals("submitted")) {
						Map<String, String> csv = p.coverage().get("city/" + codes.get(name));
						assertThat(row.getCell(2).getText()).as(name)
							.isEqualTo(Percent.of(new BigDecimal(csv.get("org_units_rate"))));
						assertThat(row.getCell(5).getText()).as(name)
							.isEqualTo(Percent.of(new BigDecimal(csv.get("contract_units_rate"))));
					}
					else {
						assertThat(row.getCell(8).getText()).as(name)
							.isEqualTo(submission.get("status").equals("missing") ? "未报送" : "整份退回");
					}
				}
				assertThat(named).as(p.tree()).containsExactlyInAnyOrderElementsOf(CITY_NAMES);
			}
		}

		@Test
		void dataQualityNamesTheRejectedRowsAndTheCitiesMissingOrRejected() {
			Outputs p = DepartmentDocumentsTests.this.bad;
			String text = p.text();
			long rejectedRows = p.submissions().values().stream().mapToLong((s) -> Long.parseLong(s.get("rejected_rows")))
				.sum();
			assertThat(rejectedRows).isPositive();
			assertThat(text).contains("共有 " + Numbers.count(rejectedRows) + " 行数据未通过校验");
			for (Map<String, String> s : p.submissions().values()) {
				if (!s.get("status").equals("submitted")) {
					assertThat(text).contains(s.get("city_name"));
				}
				if (Long.parseLong(s.get("rejected_rows")) > 0) {
					assertThat(text).contains(s.get("city_name") + " " + s.get("rejected_rows") + " 行");
				}
			}
			assertThat(text).contains(p.submitted() + "/21 个市").contains("本期为首个统计期");
		}

		@Test
		void everyBodyElementIsAParagraphOrTheCitiesTable() {
			for (IBodyElement element : DepartmentDocumentsTests.this.messy.bulletin().getBodyElements()) {
				assertThat(element).isInstanceOfAny(XWPFParagraph.class, XWPFTable.class);
			}
		}
	}

	@Test
	void theReportPageLinksBoth() throws IOException {
		assertThat(IndexPage.read(this.messy.folder()).references()).contains("summary.xlsx", "bulletin.docx");
	}

	/** The same input gives the same files byte for byte (SPEC §6): the period run again. */
	@Test
	void aRerunWritesTheSameBytes() throws IOException {
		Outputs p = DepartmentDocumentsTests.this.messy;
		byte[] workbook = Files.readAllBytes(p.folder().resolve("summary.xlsx"));
		byte[] bulletin = Files.readAllBytes(p.folder().resolve("bulletin.docx"));
		SharedRuns.Run copy = SharedRuns.messy().copy(DepartmentDocumentsTests.this.root.resolve("rerun"));
		JobRunner.Outcome again = JobRunner.run("--period", "2026-10", "--input", copy.input().toString(), "--reports",
				copy.reports().toString());
		assertThat(again.exit()).as(again.stderr()).isZero();
		assertThat(Files.readAllBytes(copy.period("2026-10").resolve("summary.xlsx"))).isEqualTo(workbook);
		assertThat(Files.readAllBytes(copy.period("2026-10").resolve("bulletin.docx"))).isEqualTo(bulletin);
	}

	/** LibreOffice prints both on A4: the 通报 portrait, every page of the workbook landscape. */
	@Test
	void libreOfficePrintsBothOnA4(@TempDir Path out) throws Exception {
		Assumptions.assumeTrue(SlideDeckTests.onPath("soffice") && SlideDeckTests.onPath("pdfinfo"),
				"assumes LibreOffice Writer and Calc (Debian libreoffice-writer-nogui, libreoffice-calc-nogui) and pdfinfo "
						+ "(poppler-utils) are installed, as .ci/run installs them; skipped without them");
		Path folder = this.messy.folder();
		SlideDeckTests.run(out, "soffice", "-env:UserInstallation=" + out.resolve("profile").toUri(), "--headless",
				"--convert-to", "pdf", "--outdir", out.toString(), folder.resolve("bulletin.docx").toString(),
				folder.resolve("summary.xlsx").toString());
		String bulletin = SlideDeckTests.run(out, "pdfinfo", "-f", "1", "-l", "99", out.resolve("bulletin.pdf").toString());
		assertThat(pageSizes(bulletin)).isNotEmpty().allMatch((s) -> s.matches("595\\.\\d+ x 841\\.\\d+ pts \\(A4\\)"));
		String summary = SlideDeckTests.run(out, "pdfinfo", "-f", "1", "-l", "999", out.resolve("summary.pdf").toString());
		assertThat(pageSizes(summary)).hasSizeGreaterThanOrEqualTo(SHEETS.size())
			.allMatch((s) -> s.matches("841\\.\\d+ x 595\\.\\d+ pts \\(A4\\)"));
		assertThat(SlideDeckTests.run(out, "pdftotext", out.resolve("bulletin.pdf").toString(), "-")).containsPattern("—\\s*1\\s*—");
	}

	private static List<String> pageSizes(String pdfinfo) {
		return pdfinfo.lines().filter((l) -> l.matches("Page\\s+\\d+ size:.*"))
			.map((l) -> l.replaceFirst("Page\\s+\\d+ size:\\s+", "").trim())
			.toList();
	}

	/** The header row's names and their columns. */
	static Map<String, Integer> header(XSSFSheet sheet) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (Cell cell : sheet.getRow(1)) {
			columns.put(cell.getStringCellValue(), cell.getColumnIndex());
		}
		return columns;
	}

	static List<Row> data(XSSFSheet sheet) {
		List<Row> rows = new ArrayList<>();
		for (int i = 2; i <= sheet.getLastRowNum(); i++) {
			rows.add(sheet.getRow(i));
		}
		return rows;
	}

	private static Map<String, String> figureColumns() {
		Map<String, String> columns = new LinkedHashMap<>();
		columns.put("有女会员的基层工会（个）", "org_units_denom");
		columns.put("女职工组织符合要求（个）", "org_units_covered");
		columns.put("女职工组织覆盖率（按个数）", "org_units_rate");
		columns.put("女会员（人）", "org_people_denom");
		columns.put("女职工组织覆盖的女会员（人）", "org_people_covered");
		columns.put("女职工组织覆盖率（按人数）", "org_people_rate");
		columns.put("有女职工的基层工会（个）", "contract_units_denom");
		columns.put("专项合同覆盖的基层工会（个）", "contract_units_covered");
		columns.put("专项集体合同覆盖率（按个数）", "contract_units_rate");
		columns.put("女职工（人）", "contract_people_denom");
		columns.put("专项合同覆盖的女职工（人）", "contract_people_covered");
		columns.put("专项集体合同覆盖率（按人数）", "contract_people_rate");
		return columns;
	}
}
