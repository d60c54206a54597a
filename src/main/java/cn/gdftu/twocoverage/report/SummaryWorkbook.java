package cn.gdftu.twocoverage.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.gdftu.twocoverage.changes.CityChange;
import cn.gdftu.twocoverage.changes.Movement;
import cn.gdftu.twocoverage.changes.PeriodChanges;
import cn.gdftu.twocoverage.coverage.CoverageRow;
import cn.gdftu.twocoverage.coverage.ExpiringContract;
import cn.gdftu.twocoverage.coverage.Figures;
import cn.gdftu.twocoverage.coverage.Level;
import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.report.ChangesView.Explained;
import cn.gdftu.twocoverage.report.ChangesView.Flag;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;

/**
 * {@code summary.xlsx} (SPEC §14): a sheet per table of the report. Counts are number cells, rates number
 * cells holding coverage.csv's 4-place value with a percent format; each sheet has a title row naming the
 * period, a frozen header with filters, widths that fit the Chinese text, and prints on A4 landscape one
 * page wide with the title and header repeated. Streamed (SXSSF): the expiring contracts and the flags of
 * a large province run to tens of thousands of rows.
 */
final class SummaryWorkbook {

	static final String TITLE = "广东省“两个覆盖”汇总表";

	static final String CITIES = "全省及各市";

	static final String COUNTIES = "各县区";

	static final String INDUSTRIES = "分行业";

	static final String OWNERSHIPS = "分经济类型";

	static final String SUBMISSIONS = "报送情况";

	static final String EXPIRING = "即将到期合同";

	static final String CHANGES = "较上期变动";

	static final String FLAGS = "需核实的变化";

	/** The header of the review status column, present only when review data exists. */
	static final String REVIEW = "审核状态";

	/** Rows above the data: the title and the header. */
	static final int HEADER_ROWS = 2;

	static final String RATE_FORMAT = "0.0%";

	static final String COUNT_FORMAT = "#,##0";

	/** The four figures of coverage.csv in its column order: denominator, covered, rate each. */
	static final List<String> FIGURE_HEADERS = List.of("有女会员的基层工会（个）", "女职工组织符合要求（个）", "女职工组织覆盖率（按个数）",
			"女会员（人）", "女职工组织覆盖的女会员（人）", "女职工组织覆盖率（按人数）", "有女职工的基层工会（个）", "专项合同覆盖的基层工会（个）",
			"专项集体合同覆盖率（按个数）", "女职工（人）", "专项合同覆盖的女职工（人）", "专项集体合同覆盖率（按人数）");

	private static final String FONT = "宋体";

	private static final int MAX_WIDTH = 60;

	/** A line of 11 pt text, in points. */
	private static final float LINE_HEIGHT = 15f;

	/** A header's width in Excel's character units before it wraps: four Chinese characters. */
	private static final int HEADER_WIDTH = 8;

	private final ReferenceData reference;

	private final ReportTargets targets;

	SummaryWorkbook(ReferenceData reference, ReportTargets targets) {
		this.reference = reference;
		this.targets = targets;
	}

	byte[] write(ReportView view, ReportData data, PeriodChanges changes, ChangesView changesView,
			Map<String, String> reviews) throws IOException {
		try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
			// Sizes in the local headers (no Zip64 fields): the entries are then re-dated with java.util.zip.
			book.setZip64Mode(Zip64Mode.Never);
			Styles styles = new Styles(book);
			String period = data.period().chineseLabel();
			cities(new Table(book, styles, CITIES, period), view, data, reviews);
			figures(new Table(book, styles, COUNTIES, period), data, Level.COUNTY, "所属市", "区县代码", "区县");
			figures(new Table(book, styles, INDUSTRIES, period), data, Level.INDUSTRY, null, "行业代码", "行业");
			figures(new Table(book, styles, OWNERSHIPS, period), data, Level.OWNERSHIP, null, "经济类型代码", "经济类型");
			submissions(new Table(book, styles, SUBMISSIONS, period), view, data);
			expiring(new Table(book, styles, EXPIRING, period), data);
			changes(new Table(book, styles, CHANGES, period), changes, changesView);
			flags(new Table(book, styles, FLAGS, period), changesView);
			DepartmentDocuments.date(book.getXSSFWorkbook().getProperties(),
					data.period().referenceDate().atStartOfDay());
			book.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(TITLE + "（" + period + "）");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			book.write(out);
			return out.toByteArray();
		}
	}

	/** The province and each city: status, timeliness, the four figures, and both rates against their targets. */
	private void cities(Table t, ReportView view, ReportData data, Map<String, String> reviews) {
		List<String> headers = new ArrayList<>(List.of("地区代码", "地区", "报送情况", "报送及时性"));
		if (!reviews.isEmpty()) {
			headers.add(REVIEW);
		}
		headers.addAll(FIGURE_HEADERS);
		headers.addAll(List.of("女职工组织覆盖率目标", "女职工组织达标情况", "女职工组织尚需覆盖（个）", "专项集体合同覆盖率目标",
				"专项集体合同达标情况", "专项合同尚需覆盖（个）"));
		t.header(headers);
		Map<String, ReportView.QualityRow> status = new HashMap<>();
		view.quality().rows().forEach((q) -> status.put(q.code(), q));
		Map<String, String> timeliness = timeliness(view);
		for (CoverageRow row : data.coverage()) {
			boolean province = row.level() == Level.PROVINCE;
			if (!province && row.level() != Level.CITY) {
				continue;
			}
			t.row();
			t.text(row.code()).text(row.name());
			ReportView.QualityRow city = status.get(row.code());
			boolean included = province || (city != null && city.status() == SubmissionStatus.SUBMITTED);
			if (province) {
				t.text("纳入统计 " + view.headline().included() + "/" + view.headline().cities() + " 个市");
				t.text(view.onTime().known() ? "按时报送 " + view.onTime().onTimeRate() : "");
			}
			else {
				t.text((city == null) ? "" : city.status().label());
				t.text(timeliness.getOrDefault(row.code(), ""));
			}
			if (!reviews.isEmpty()) {
				t.text(reviews.getOrDefault(row.code(), ""));
			}
			t.figures(row.figures());
			Figures f = row.figures();
			target(t, included, f.orgUnitsCovered(), f.orgUnitsDenom(), this.targets.org());
			target(t, included, f.contractUnitsCovered(), f.contractUnitsDenom(), this.targets.contract());
		}
		t.finish();
	}

	private static void target(Table t, boolean included, long covered, long denominator, BigDecimal target) {
		t.rate(target);
		if (!included || denominator == 0) {
			t.text("").blank();
			return;
		}
		t.text(Rag.of(covered, denominator, target).label()).count(Rag.needed(covered, denominator, target));
	}

	/**
	 * A city's timeliness as the page judges it: late (with its first upload), sent as files (not judged),
	 * on time otherwise; nothing for a city that sent nothing or when no return came through the site.
	 */
	private Map<String, String> timeliness(ReportView view) {
		Map<String, String> byCode = new HashMap<>();
		if (!view.onTime().known()) {
			return byCode;
		}
		Map<String, String> late = new HashMap<>();
		view.onTime().late().forEach((l) -> late.put(l.name(), "逾期（首次上传 " + l.firstUpload() + "）"));
		for (Division city : this.reference.cities()) {
			SubmissionStatus status = view.quality().rows().stream().filter((q) -> q.code().equals(city.code()))
				.map(ReportView.QualityRow::status).findFirst().orElse(SubmissionStatus.MISSING);
			if (late.containsKey(city.name())) {
				byCode.put(city.code(), late.get(city.name()));
			}
			else if (view.onTime().asFiles().contains(city.name())) {
				byCode.put(city.code(), "以文件送达（未判定）");
			}
			else if (status != SubmissionStatus.MISSING) {
				byCode.put(city.code(), "按时");
			}
		}
		return byCode;
	}

	private void figures(Table t, ReportData data, Level level, String parentHeader, String codeHeader,
			String nameHeader) {
		List<String> headers = new ArrayList<>();
		if (parentHeader != null) {
			headers.add(parentHeader);
		}
		headers.add(codeHeader);
		headers.add(nameHeader);
		headers.addAll(FIGURE_HEADERS);
		t.header(headers);
		for (CoverageRow row : data.coverage()) {
			if (row.level() != level) {
				continue;
			}
			t.row();
			if (parentHeader != null) {
				t.text(cityName(row.parentCode()));
			}
			t.text(row.code()).text(row.name()).figures(row.figures());
		}
		t.finish();
	}

	/** submissions.csv in Chinese. */
	private void submissions(Table t, ReportView view, ReportData data) {
		t.header(List.of("市代码", "市", "报送情况", "基层工会台账（行）", "其中通过校验（行）", "专项集体合同台账（行）", "其中通过校验（行）",
				"退回行数", "说明"));
		for (Submission s : data.submissions()) {
			t.row();
			t.text(s.cityCode()).text(cityName(s.cityCode()))
				.text(s.status().label())
				.count(s.organizationsRows()).count(s.organizationsAccepted()).count(s.contractsRows())
				.count(s.contractsAccepted()).count(s.rejectedRows()).longText(s.message());
		}
		t.finish();
	}

	/** expiring.csv in Chinese, with the first covered union as the page names it. */
	private void expiring(Table t, ReportData data) {
		t.header(List.of("市", "区县", "合同编号", "签订形式", "覆盖的基层工会（首家）", "生效日期", "到期日期", "距到期（天）",
				"覆盖单位（家）", "覆盖女职工（人）"));
		LocalDate day = data.period().referenceDate();
		for (ExpiringContract c : data.expiring()) {
			t.row();
			t.text(cityName(c.cityCode())).text(countyName(c.cityCode(), c.countyCode())).text(c.contractId())
				.text(c.scope().label())
				.text(c.firstEmployerName())
				.date(c.effectiveFrom()).date(c.expiresOn()).count(ChronoUnit.DAYS.between(day, c.expiresOn()))
				.count(c.coveredEmployers()).count(c.coveredWomenEmployees());
		}
		t.finish();
	}

	/** changes.csv in Chinese, with the page's sentence for each place. */
	private static void changes(Table t, PeriodChanges changes, ChangesView view) {
		t.header(List.of("地区代码", "地区", "比较的上期", "基层工会（上期）", "基层工会（本期）", "新增", "退出", "信息变更",
				"女职工组织已覆盖（上期）", "女职工组织已覆盖（本期）", "专项合同已覆盖（上期）", "专项合同已覆盖（本期）", "原有工会新覆盖",
				"原有工会不再覆盖", "新建工会已覆盖", "退出台账的已覆盖", "说明"));
		movement(t, ReferenceData.PROVINCE_CODE, ReferenceData.PROVINCE_NAME, changes.previousPeriod(),
				changes.province(), view.province());
		Map<String, Explained> explained = new HashMap<>();
		view.cities().forEach((e) -> explained.put(e.code(), e));
		for (CityChange city : changes.cities()) {
			movement(t, city.cityCode(), city.name(), city.previousPeriod(), city.movement(),
					explained.get(city.cityCode()));
		}
		t.finish();
	}

	private static void movement(Table t, String code, String name, String previous, Movement m, Explained e) {
		t.row();
		t.text(code).text(name).text(ChangesReport.label(previous));
		if (m == null) {
			for (int i = 0; i < 13; i++) {
				t.blank();
			}
		}
		else {
			t.count(m.unionsPrevious()).count(m.unionsCurrent()).count(m.added()).count(m.removed()).count(m.changed())
				.count(m.orgUnitsCoveredPrevious()).count(m.orgUnitsCoveredCurrent())
				.count(m.contractUnitsCoveredPrevious()).count(m.contractUnitsCoveredCurrent())
				.count(m.contractNewlyCovered()).count(m.contractNoLongerCovered()).count(m.contractCoveredAdded())
				.count(m.contractCoveredRemoved());
		}
		String said = (e == null) ? "" : (e.comparedWith().isEmpty() ? "" : e.comparedWith() + "：")
				+ String.join("", e.sentences());
		t.longText(said);
	}

	private static void flags(Table t, ChangesView view) {
		t.header(List.of("市", "类型", "对象", "情况"));
		for (Flag flag : view.flags()) {
			t.row();
			t.text(flag.city()).text(flag.kind()).text(flag.subject()).longText(flag.detail());
		}
		t.finish();
	}

	private String cityName(String code) {
		return this.reference.city(code).map(Division::name).orElse(code);
	}

	private String countyName(String city, String county) {
		return county.isEmpty() ? "跨区县" : this.reference.county(city, county).map(Division::name).orElse(county);
	}

	/** The workbook's cell styles, made once (a workbook holds at most 64,000). */
	private static final class Styles {

		final CellStyle title;

		final CellStyle header;

		final CellStyle text;

		final CellStyle wrapped;

		final CellStyle count;

		final CellStyle rate;

		final CellStyle date;

		Styles(SXSSFWorkbook book) {
			Font plain = book.createFont();
			plain.setFontName(FONT);
			plain.setFontHeightInPoints((short) 11);
			Font bold = book.createFont();
			bold.setFontName(FONT);
			bold.setFontHeightInPoints((short) 11);
			bold.setBold(true);
			Font big = book.createFont();
			big.setFontName(FONT);
			big.setFontHeightInPoints((short) 14);
			big.setBold(true);
			this.title = book.createCellStyle();
			this.title.setFont(big);
			this.title.setVerticalAlignment(VerticalAlignment.CENTER);
			this.header = bordered(book, bold);
			this.header.setWrapText(true);
			this.header.setAlignment(HorizontalAlignment.CENTER);
			this.header.setVerticalAlignment(VerticalAlignment.CENTER);
			this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.text = bordered(book, plain);
			this.wrapped = bordered(book, plain);
			this.wrapped.setWrapText(true);
			this.count = bordered(book, plain);
			this.count.setDataFormat(book.createDataFormat().getFormat(COUNT_FORMAT));
			this.rate = bordered(book, plain);
			this.rate.setDataFormat(book.createDataFormat().getFormat(RATE_FORMAT));
			this.date = bordered(book, plain);
			this.date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
		}

		private static CellStyle bordered(SXSSFWorkbook book, Font font) {
			CellStyle style = book.createCellStyle();
			style.setFont(font);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}
	}

	/** One sheet being written row by row; it remembers the widest text of each column for the widths. */
	private static final class Table {

		private final SXSSFSheet sheet;

		private final Styles styles;

		private final String title;

		private int[] widths = new int[0];

		private SXSSFRow row;

		private int rowIndex;

		private int column;

		Table(SXSSFWorkbook book, Styles styles, String name, String period) {
			this.sheet = book.createSheet(name);
			this.styles = styles;
			this.title = TITLE + " · " + name + "（" + period + "）";
		}

		void header(List<String> headers) {
			SXSSFRow titleRow = this.sheet.createRow(0);
			titleRow.setHeightInPoints(24);
			SXSSFCell titleCell = titleRow.createCell(0);
			titleCell.setCellValue(this.title);
			titleCell.setCellStyle(this.styles.title);
			if (headers.size() > 1) {
				this.sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
			}
			SXSSFRow header = this.sheet.createRow(1);
			this.widths = new int[headers.size()];
			int lines = 1;
			for (int i = 0; i < headers.size(); i++) {
				SXSSFCell cell = header.createCell(i);
				cell.setCellValue(headers.get(i));
				cell.setCellStyle(this.styles.header);
				// Headers wrap, four Chinese characters a line, so that the wide sheets still print legibly.
				this.widths[i] = Math.min(width(headers.get(i)), HEADER_WIDTH);
				lines = Math.max(lines, (width(headers.get(i)) + HEADER_WIDTH - 1) / HEADER_WIDTH);
			}
			// Streamed rows are not measured by the spreadsheet: the header's height is set for its lines.
			header.setHeightInPoints(lines * LINE_HEIGHT);
			this.rowIndex = HEADER_ROWS;
		}

		void row() {
			this.row = this.sheet.createRow(this.rowIndex++);
			this.column = 0;
		}

		Table text(String value) {
			SXSSFCell cell = next(this.styles.text, width(value));
			cell.setCellValue(value);
			return this;
		}

		/** A sentence: wrapped in a column of at most {@link #MAX_WIDTH}. */
		Table longText(String value) {
			int width = width(value);
			SXSSFCell cell = next(this.styles.wrapped, width);
			cell.setCellValue(value);
			// Nothing measures a streamed row: it is made as tall as the lines its sentence wraps to.
			int lines = (width + MAX_WIDTH - 1) / MAX_WIDTH;
			if (lines > 1) {
				this.row.setHeightInPoints(Math.max(this.row.getHeightInPoints(), lines * LINE_HEIGHT));
			}
			return this;
		}

		Table count(long value) {
			SXSSFCell cell = next(this.styles.count, countWidth(value));
			cell.setCellValue(value);
			return this;
		}

		/** coverage.csv's rate as a number (its 4 places), shown as a percent; empty when undefined. */
		Table rate(BigDecimal value) {
			SXSSFCell cell = next(this.styles.rate, 6);
			if (value != null) {
				cell.setCellValue(value.doubleValue());
			}
			return this;
		}

		Table date(LocalDate value) {
			SXSSFCell cell = next(this.styles.date, 10);
			cell.setCellValue(value);
			return this;
		}

		Table blank() {
			next(this.styles.text, 0);
			return this;
		}

		Table figures(Figures f) {
			return count(f.orgUnitsDenom()).count(f.orgUnitsCovered()).rate(f.orgUnitsRate())
				.count(f.orgPeopleDenom()).count(f.orgPeopleCovered()).rate(f.orgPeopleRate())
				.count(f.contractUnitsDenom()).count(f.contractUnitsCovered()).rate(f.contractUnitsRate())
				.count(f.contractPeopleDenom()).count(f.contractPeopleCovered()).rate(f.contractPeopleRate());
		}

		private SXSSFCell next(CellStyle style, int width) {
			int i = this.column++;
			if (i < this.widths.length) {
				this.widths[i] = Math.max(this.widths[i], width);
			}
			SXSSFCell cell = this.row.createCell(i);
			cell.setCellStyle(style);
			return cell;
		}

		/** Widths, the frozen header with its filters, and A4 landscape one page wide with the header repeated. */
		void finish() {
			for (int i = 0; i < this.widths.length; i++) {
				this.sheet.setColumnWidth(i, (Math.min(this.widths[i], MAX_WIDTH) + 2) * 256);
			}
			this.sheet.createFreezePane(0, HEADER_ROWS);
			int last = Math.max(this.rowIndex - 1, HEADER_ROWS - 1);
			this.sheet.setAutoFilter(new CellRangeAddress(HEADER_ROWS - 1, last, 0, this.widths.length - 1));
			this.sheet.setRepeatingRows(new CellRangeAddress(0, HEADER_ROWS - 1, -1, -1));
			this.sheet.setFitToPage(true);
			this.sheet.setAutobreaks(true);
			PrintSetup print = this.sheet.getPrintSetup();
			print.setPaperSize(PrintSetup.A4_PAPERSIZE);
			print.setLandscape(true);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
			this.sheet.getFooter().setCenter("第 &P 页，共 &N 页");
			this.sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.4);
			this.sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.4);
		}

		/** The width of {@code 1,234,567} in characters, counted rather than formatted (a sheet has many). */
		static int countWidth(long value) {
			int digits = String.valueOf(Math.abs(value)).length();
			return digits + (digits - 1) / 3 + ((value < 0) ? 1 : 0);
		}

		/** Display width in Excel's character units: a Chinese (full-width) character takes two. */
		static int width(String text) {
			int width = 0;
			for (int i = 0; i < text.length(); i++) {
				width += (text.charAt(i) > 0x2E80) ? 2 : 1;
			}
			return width;
		}
	}
}
