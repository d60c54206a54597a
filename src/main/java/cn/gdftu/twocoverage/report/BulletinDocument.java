package cn.gdftu.twocoverage.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFieldRun;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

import cn.gdftu.twocoverage.ChinaTime;
import cn.gdftu.twocoverage.Numbers;
import cn.gdftu.twocoverage.coverage.CoverageRow;
import cn.gdftu.twocoverage.coverage.Level;
import cn.gdftu.twocoverage.report.ChangesView.Flag;
import cn.gdftu.twocoverage.report.ReportView.ExpiringCity;
import cn.gdftu.twocoverage.report.ReportView.Headline;
import cn.gdftu.twocoverage.report.ReportView.LeagueRow;
import cn.gdftu.twocoverage.report.ReportView.QualityRow;
import cn.gdftu.twocoverage.report.ReportView.Side;
import cn.gdftu.twocoverage.report.ReportView.Standing;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;

/**
 * {@code bulletin.docx} (SPEC §14): the draft of the month's 工作情况通报 in the layout of GB/T 9704-2012 —
 * A4, margins 37/35/28/26 mm, title 方正小标宋简体 二号 centred, body 仿宋_GB2312 三号 with a two-character
 * first-line indent at a fixed 28 pt, headings 黑体 {@code 一、} and 楷体_GB2312 {@code （一）}, page numbers
 * {@code — 1 —} in 宋体 四号, odd pages right and even pages left. Fonts are named, not embedded (Office
 * and WPS machines have them); every run names its East Asian font, since a Western name alone leaves
 * Chinese in the default font. Every figure is the page's own text (its {@link ReportView}).
 */
final class BulletinDocument {

	static final String TITLE_FONT = "方正小标宋简体";

	static final String BODY_FONT = "仿宋_GB2312";

	static final String HEADING_FONT = "黑体";

	static final String SUBHEADING_FONT = "楷体_GB2312";

	static final String PAGE_NUMBER_FONT = "宋体";

	/** Digits and Latin letters in the body, as Word's default for official documents. */
	static final String LATIN_FONT = "Times New Roman";

	static final int TITLE_SIZE = 22;

	static final int BODY_SIZE = 16;

	static final int TABLE_SIZE = 12;

	static final int PAGE_NUMBER_SIZE = 14;

	/** Fixed line spacing in points: 22 lines in the 225 mm text block. */
	static final int LINE = 28;

	/** A4 in twips, and the margins of GB/T 9704 (37, 35, 28, 26 mm) in twips. */
	static final int PAGE_WIDTH = 11906;

	static final int PAGE_HEIGHT = 16838;

	static final int TOP = 2098;

	static final int BOTTOM = 1984;

	static final int LEFT = 1587;

	static final int RIGHT = 1474;

	/** The text block's width, 156 mm. */
	static final int TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;

	static final String NEXT_STEPS = "五、下一步工作";

	/** The marker of the part the editor writes; a highlighted paragraph to be replaced. */
	static final String EDITOR_NOTE = "【待编辑填写】";

	static final String ISSUER = "广东省总工会女职工部";

	static final String[] TABLE_HEADER = { "序号", "市", "组织覆盖率", "较上期", "尚需", "合同覆盖率", "较上期", "尚需", "报送" };

	/** Under the table's caption: what its short headers mean. */
	static final String TABLE_NOTE = "注：组织覆盖率、合同覆盖率分别为女职工组织覆盖率和专项集体合同覆盖率（按基层工会个数）；较上期单位为百分点；"
			+ "尚需为达到目标尚需覆盖的基层工会个数。";

	/** Column widths in twips, summing to {@link #TEXT_WIDTH}. */
	private static final int[] TABLE_WIDTHS = { 600, 1094, 1350, 850, 900, 1350, 850, 900, 950 };

	/** A cell's inner margin at the left and right in twips, narrower than Word's 108 so that 组织覆盖率 fits a line. */
	private static final int CELL_MARGIN = 57;

	/** How many cities a sentence names before it says 等 and leaves the rest to the table. */
	static final int CITIES_NAMED = 5;

	/** How many cities the largest moves name each way. */
	static final int MOVES_NAMED = 3;

	byte[] write(ReportView view, ReportData data, ChangesView changes) throws IOException {
		try (XWPFDocument doc = new XWPFDocument()) {
			page(doc);
			footers(doc);
			title(doc, "关于" + view.periodLabel() + "全省“两个覆盖”", "工作情况的通报");
			XWPFParagraph draft = paragraph(doc, false);
			draft.setAlignment(ParagraphAlignment.CENTER);
			run(draft, "（草稿）", SUBHEADING_FONT, BODY_SIZE);
			paragraph(doc, false);
			run(paragraph(doc, false), "各地级以上市总工会：", BODY_FONT, BODY_SIZE);
			body(doc, "现将" + view.periodLabel() + "全省工会女职工组织覆盖和女职工权益保护专项集体合同覆盖（以下简称“两个覆盖”）"
					+ "工作情况通报如下。");
			overall(doc, view);
			cities(doc, view, data);
			quality(doc, view);
			attention(doc, view, changes);
			nextSteps(doc);
			signature(doc, data.period().referenceDate());
			DepartmentDocuments.date(doc.getProperties(), data.period().referenceDate().atStartOfDay());
			doc.getProperties().getCoreProperties().setTitle(view.periodLabel() + "两个覆盖工作情况通报（草稿）");
			return DepartmentDocuments.bytes(doc);
		}
	}

	private static void overall(XWPFDocument doc, ReportView view) {
		heading(doc, "一、总体情况");
		Headline h = view.headline();
		StringBuilder s = new StringBuilder("截至").append(ChinaTime.chineseDate(LocalDate.parse(view.referenceDate())))
			.append("（统计日），全省 21 个地级以上市中，").append(h.included()).append("/").append(h.cities())
			.append(" 个市报送的台账通过校验、纳入统计");
		if (!h.missing().isEmpty()) {
			s.append("，").append(String.join("、", h.missing())).append("未报送");
		}
		if (!h.rejected().isEmpty()) {
			s.append("，").append(String.join("、", h.rejected())).append("报送的台账被整份退回");
		}
		s.append("。");
		if (view.onTime().known()) {
			s.append("按截止时间（").append(view.onTime().deadline()).append("）计，按时报送 ")
				.append(view.onTime().onTimeRate()).append(" 个市。");
		}
		body(doc, s.toString());
		body(doc, side(h.org(), "已建立符合要求的女职工组织", view.previousLabel(), "按女会员人数计为"));
		body(doc, side(h.contract(), "被在有效期内的女职工权益保护专项集体合同覆盖", view.previousLabel(), "按女职工人数计为"));
		body(doc, "对照年度目标，全省女职工组织覆盖率" + standing(h.org()) + "，专项集体合同覆盖率" + standing(h.contract()) + "。纳入统计的市中，"
				+ "女职工组织覆盖率达到目标的有 " + h.orgMet() + " 个，专项集体合同覆盖率达到目标的有 " + h.contractMet() + " 个。");
	}

	/** 全省女职工组织覆盖率为 81.3%（有女会员的基层工会 1,234 个中，已建立… 1,003 个），较上期（2026年9月）上升 0.8 个百分点；按女会员人数计为 79.0%。 */
	private static String side(Side side, String coveredWords, String previousLabel, String peopleWords) {
		return "全省" + side.label() + "为 " + side.units().rate().text() + "（" + countedWords(side) + " "
				+ side.units().denominator().text() + " 个，其中" + coveredWords + "的 "
				+ side.units().covered().text() + " 个），" + moved(side.unitsChange(), previousLabel) + "；" + peopleWords
				+ " " + side.people().rate().text() + "。";
	}

	private static String countedWords(Side side) {
		return side.label().startsWith("女职工组织") ? "有女会员的基层工会" : "有女职工的基层工会";
	}

	private static String standing(Side side) {
		String at = "（目标 " + side.target() + "）";
		return "met".equals(side.rag()) ? "已达到目标" + at : "未达到目标" + at + "，尚需覆盖 " + side.needed() + " 个基层工会";
	}

	/** The change in words, its figure the page's {@link PointChange}: 较上期（2026年9月）上升 0.8 个百分点. */
	static String moved(PointChange change, String previousLabel) {
		String since = (previousLabel == null) ? "较上期" : "较上期（" + previousLabel + "）";
		return switch (change.css()) {
			case "up", "down", "flat" -> since + change.words();
			case "first" -> "本期为首个统计期，没有上期可比";
			default -> "无法与上期比较";
		};
	}

	private static void cities(XWPFDocument doc, ReportView view, ReportData data) {
		heading(doc, "二、各市工作进展");
		List<LeagueRow> included = view.league().stream().filter(LeagueRow::included).toList();
		subheading(doc, "（一）达标情况。", met(included, LeagueRow::org, "女职工组织覆盖率", view.targets().org()) + met(included,
				LeagueRow::contract, "专项集体合同覆盖率", view.targets().contract()));
		subheading(doc, "（二）未达标的市。", below(included, LeagueRow::org, "女职工组织覆盖率")
				+ below(included, LeagueRow::contract, "专项集体合同覆盖率"));
		subheading(doc, "（三）变化较大的市。", moves(view, data));
		body(doc, "各市具体情况见下表（按女职工组织覆盖率由高到低排列，未纳入统计的市列在最后）。");
		caption(doc, view.periodLabel() + "各市“两个覆盖”情况");
		table(doc, view);
		XWPFParagraph note = paragraph(doc, false);
		note.setSpacingBetween(20, LineSpacingRule.EXACT);
		run(note, TABLE_NOTE, BODY_FONT, TABLE_SIZE);
	}

	private static String met(List<LeagueRow> rows, Function<LeagueRow, Standing> of, String rate, String target) {
		List<String> names = rows.stream().filter((r) -> "met".equals(of.apply(r).rag())).map(LeagueRow::name).toList();
		if (names.isEmpty()) {
			return rate + "暂无市达到目标（" + target + "）。";
		}
		return rate + "达到目标（" + target + "）的有 " + names.size() + " 个市：" + String.join("、", names) + "。";
	}

	/** The cities below the target, most unions still needed first. */
	private static String below(List<LeagueRow> rows, Function<LeagueRow, Standing> of, String rate) {
		List<LeagueRow> below = rows.stream()
			.filter((r) -> !"met".equals(of.apply(r).rag()) && !"none".equals(of.apply(r).rag()))
			.sorted(Comparator.comparing((LeagueRow r) -> -needed(of.apply(r))).thenComparing(LeagueRow::code))
			.toList();
		if (below.isEmpty()) {
			return rate + "纳入统计的市均已达到目标。";
		}
		List<String> parts = new ArrayList<>();
		for (LeagueRow r : below.subList(0, Math.min(CITIES_NAMED, below.size()))) {
			parts.add(r.name() + "（" + of.apply(r).units().rate().text() + "，尚需 " + of.apply(r).needed() + " 个）");
		}
		String most = (below.size() > CITIES_NAMED) ? "尚需覆盖较多的是" : "分别是";
		return rate + "未达到目标的有 " + below.size() + " 个市，" + most + String.join("、", parts) + "。";
	}

	private static long needed(Standing standing) {
		try {
			return Long.parseLong(standing.needed().replace(",", ""));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/**
	 * The cities whose units rates moved most since the previous period, up and down, as the league table
	 * shows the change; ordered by the change of the rates of coverage.csv.
	 */
	private static String moves(ReportView view, ReportData data) {
		if (data.previousPeriod() == null) {
			return "本期为首个统计期，没有上期可比。";
		}
		Map<String, CoverageRow> now = cityRows(data.coverage());
		Map<String, CoverageRow> before = cityRows(data.previous());
		StringBuilder s = new StringBuilder("与" + view.previousLabel() + "相比，");
		s.append(moves(view, now, before, LeagueRow::org, (r) -> r.figures().orgUnitsRate(), "女职工组织覆盖率"));
		s.append(moves(view, now, before, LeagueRow::contract, (r) -> r.figures().contractUnitsRate(), "专项集体合同覆盖率"));
		return s.toString();
	}

	private static String moves(ReportView view, Map<String, CoverageRow> now, Map<String, CoverageRow> before,
			Function<LeagueRow, Standing> of, Function<CoverageRow, BigDecimal> rate, String label) {
		Map<LeagueRow, BigDecimal> moved = new LinkedHashMap<>();
		for (LeagueRow row : view.league()) {
			if (!row.included() || now.get(row.code()) == null || before.get(row.code()) == null) {
				continue;
			}
			BigDecimal a = rate.apply(now.get(row.code()));
			BigDecimal b = rate.apply(before.get(row.code()));
			if (a != null && b != null && a.compareTo(b) != 0) {
				moved.put(row, a.subtract(b));
			}
		}
		List<String> up = named(moved, of, 1);
		List<String> down = named(moved, of, -1);
		StringBuilder s = new StringBuilder(label);
		s.append(up.isEmpty() ? "没有市上升" : "上升较多的是" + String.join("、", up));
		s.append(down.isEmpty() ? "，没有市下降" : "，下降较多的是" + String.join("、", down));
		return s.append("。").toString();
	}

	private static List<String> named(Map<LeagueRow, BigDecimal> moved, Function<LeagueRow, Standing> of, int sign) {
		return moved.entrySet().stream().filter((e) -> e.getValue().signum() == sign)
			.sorted(Comparator.comparing((Map.Entry<LeagueRow, BigDecimal> e) -> e.getValue().abs()).reversed()
				.thenComparing((e) -> e.getKey().code()))
			.limit(MOVES_NAMED)
			.map((e) -> e.getKey().name() + "（" + moved(of.apply(e.getKey()).change(), null).replace("较上期", "")
					+ "，至 " + of.apply(e.getKey()).units().rate().text() + "）")
			.toList();
	}

	private static Map<String, CoverageRow> cityRows(List<CoverageRow> rows) {
		Map<String, CoverageRow> map = new HashMap<>();
		rows.stream().filter((r) -> r.level() == Level.CITY).forEach((r) -> map.put(r.code(), r));
		return map;
	}

	private static void quality(XWPFDocument doc, ReportView view) {
		heading(doc, "三、报送与数据质量");
		ReportView.Completeness q = view.quality();
		StringBuilder s = new StringBuilder("本期 ").append(q.submitted()).append(" 个市报送的台账通过校验");
		if (q.missing() > 0) {
			s.append("，").append(q.missing()).append(" 个市未报送");
		}
		if (q.rejected() > 0) {
			// The cities' messages say at length what to fix; the 通报 names the cities and points to them.
			List<String> rejected = q.rows().stream().filter((r) -> r.status() == SubmissionStatus.REJECTED)
				.map(QualityRow::name).toList();
			s.append("，").append(q.rejected()).append(" 个市的台账被整份退回（").append(String.join("、", rejected))
				.append("，原因和修改方法见汇总表“").append(SummaryWorkbook.SUBMISSIONS).append("”工作表）");
		}
		s.append("。");
		if (q.citiesWithRejects() == 0) {
			s.append("已报送的台账中没有未通过校验的数据行。");
		}
		else {
			List<String> cities = new ArrayList<>();
			for (QualityRow row : q.rows()) {
				if (row.rejectedRows() > 0) {
					cities.add(row.name() + " " + Numbers.count(row.rejectedRows()) + " 行");
				}
			}
			s.append("已报送的台账中，").append(q.citiesWithRejects()).append(" 个市共有 ").append(q.rejectedRows())
				.append(" 行数据未通过校验、未计入统计（").append(String.join("、", cities))
				.append("），退回清单已随报告发给各市，请有关市按清单修改后重新报送。");
		}
		body(doc, s.toString());
		ReportView.OnTime onTime = view.onTime();
		if (!onTime.known()) {
			body(doc, "本期各市台账均以文件方式送达，没有上传时间记录，不作按时报送判定。");
			return;
		}
		StringBuilder t = new StringBuilder("按截止时间（").append(onTime.deadline()).append("）计，按时报送 ")
			.append(onTime.onTimeRate()).append(" 个市");
		if (onTime.late().isEmpty()) {
			t.append("，没有逾期报送的市");
		}
		else {
			List<String> late = onTime.late().stream().map((l) -> l.name() + "（首次上传于 " + l.firstUpload() + "）").toList();
			t.append("；逾期报送的有 ").append(late.size()).append(" 个市：").append(String.join("、", late));
		}
		if (!onTime.asFiles().isEmpty()) {
			t.append("；").append(String.join("、", onTime.asFiles())).append("的台账以文件方式送达，未作判定");
		}
		body(doc, t.append("。").toString());
	}

	private static void attention(XWPFDocument doc, ReportView view, ChangesView changes) {
		heading(doc, "四、需要关注的问题");
		ReportView.Expiring e = view.expiring();
		String expiring;
		if (e.total() == 0) {
			expiring = "统计日有效的专项集体合同中，没有将在 " + e.windowDays() + " 天内（" + e.until() + " 前）到期的。";
		}
		else {
			List<ExpiringCity> most = e.cities().stream()
				.sorted(Comparator.comparing((ExpiringCity c) -> -c.total()).thenComparing(ExpiringCity::code))
				.limit(CITIES_NAMED)
				.toList();
			List<String> cities = most.stream().map((c) -> c.name() + " " + c.total() + " 份").toList();
			expiring = "统计日有效的专项集体合同中，有 " + e.total() + " 份将在 " + e.windowDays() + " 天内（"
					+ ChinaTime.chineseDate(LocalDate.parse(e.until())) + "前）到期，涉及 " + e.cities().size() + " 个市，"
					+ ((e.cities().size() > CITIES_NAMED) ? "较多的是" : "分别是") + String.join("、", cities) + "，明细见汇总表“"
					+ SummaryWorkbook.EXPIRING + "”工作表。请有关市督促用人单位和基层工会提前协商续签，避免覆盖中断。";
		}
		subheading(doc, "（一）专项集体合同即将到期。", expiring);
		subheading(doc, "（二）需核实的异常变化。", flags(changes));
	}

	private static String flags(ChangesView changes) {
		if (changes == null || changes.first()) {
			return "本期为首个统计期，没有上期可比。";
		}
		if (changes.flags().isEmpty()) {
			return "与上期相比，没有发现需核实的异常变化。";
		}
		Map<String, Integer> byCity = new LinkedHashMap<>();
		Map<String, Integer> byKind = new LinkedHashMap<>();
		for (Flag flag : changes.flags()) {
			byCity.merge(flag.city(), 1, Integer::sum);
			byKind.merge(flag.kind(), 1, Integer::sum);
		}
		List<String> cities = byCity.entrySet().stream()
			.sorted(Comparator.comparing((Map.Entry<String, Integer> c) -> -c.getValue()))
			.limit(CITIES_NAMED)
			.map((c) -> c.getKey() + " " + c.getValue() + " 处")
			.toList();
		List<String> kinds = new ArrayList<>();
		byKind.forEach((kind, n) -> kinds.add(kind + " " + n + " 处"));
		return "与上期相比，有 " + changes.flags().size() + " 处变化需要核实（" + String.join("，", kinds) + "），涉及 "
				+ byCity.size() + " 个市，" + ((byCity.size() > CITIES_NAMED) ? "较多的是" : "分别是") + String.join("、", cities) + "，明细见汇总表“" + SummaryWorkbook.FLAGS + "”工作表。请有关市逐项核实，"
				+ "确属填报错误的在下期报送时更正。";
	}

	private static void nextSteps(XWPFDocument doc) {
		heading(doc, NEXT_STEPS);
		XWPFParagraph p = paragraph(doc, true);
		XWPFRun note = run(p, EDITOR_NOTE + "此部分由省总工会女职工部编辑填写：结合以上情况，提出下一步工作要求（如督促未报送、未达标的市，"
				+ "即将到期合同的续签，异常数据的核实等）。填写后删除本段。", BODY_FONT, BODY_SIZE);
		note.setTextHighlightColor("yellow");
	}

	private static void signature(XWPFDocument doc, LocalDate referenceDate) {
		paragraph(doc, false);
		paragraph(doc, false);
		XWPFParagraph by = paragraph(doc, false);
		by.setAlignment(ParagraphAlignment.RIGHT);
		by.setIndentationRight(4 * BODY_SIZE * 20);
		run(by, ISSUER, BODY_FONT, BODY_SIZE);
		XWPFParagraph date = paragraph(doc, false);
		date.setAlignment(ParagraphAlignment.RIGHT);
		date.setIndentationRight(4 * BODY_SIZE * 20);
		XWPFRun when = run(date, referenceDate.plusMonths(1).getYear() + "年  月  日", BODY_FONT, BODY_SIZE);
		when.setTextHighlightColor("yellow");
	}

	private static void table(XWPFDocument doc, ReportView view) {
		List<LeagueRow> rows = new ArrayList<>();
		rows.add(view.leagueProvince());
		rows.addAll(view.league());
		XWPFTable table = doc.createTable(rows.size() + 1, TABLE_HEADER.length);
		table.setWidth(TEXT_WIDTH);
		table.setCellMargins(0, CELL_MARGIN, 0, CELL_MARGIN);
		CTTblGrid grid = (table.getCTTbl().getTblGrid() == null) ? table.getCTTbl().addNewTblGrid()
				: table.getCTTbl().getTblGrid();
		for (int width : TABLE_WIDTHS) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int i = 0; i < TABLE_HEADER.length; i++) {
			cell(header.getCell(i), TABLE_HEADER[i], HEADING_FONT, i);
		}
		for (int r = 0; r < rows.size(); r++) {
			LeagueRow row = rows.get(r);
			XWPFTableRow line = table.getRow(r + 1);
			line.setCantSplitRow(true);
			List<String> cells = cells(row, r);
			for (int i = 0; i < cells.size(); i++) {
				cell(line.getCell(i), cells.get(i), (r == 0) ? HEADING_FONT : BODY_FONT, i);
			}
		}
	}

	/** A city's line: its position, name, both rates with change and unions needed, and its status. */
	private static List<String> cells(LeagueRow row, int position) {
		String number = (position == 0) ? "" : String.valueOf(position);
		String name = (position == 0) ? "全省" : row.name();
		if (!row.included()) {
			return List.of(number, name, ReportModel.NO_VALUE, ReportModel.NO_VALUE, ReportModel.NO_VALUE,
					ReportModel.NO_VALUE, ReportModel.NO_VALUE, ReportModel.NO_VALUE, row.status().label());
		}
		return List.of(number, name, row.org().units().rate().text(), row.org().change().text(), row.org().needed(),
				row.contract().units().rate().text(), row.contract().change().text(), row.contract().needed(),
				(position == 0) ? "" : row.status().label());
	}

	private static void cell(XWPFTableCell cell, String text, String font, int column) {
		cell.setWidth(String.valueOf(TABLE_WIDTHS[column]));
		cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
		XWPFParagraph p = cell.getParagraphs().get(0);
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingBetween(18, LineSpacingRule.EXACT);
		p.setSpacingBefore(0);
		p.setSpacingAfter(0);
		run(p, text, font, TABLE_SIZE);
	}

	private static void caption(XWPFDocument doc, String text) {
		XWPFParagraph p = paragraph(doc, false);
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setKeepNext(true);
		run(p, text, HEADING_FONT, BODY_SIZE);
	}

	/** The title on two lines broken where the sense breaks (GB/T 9704 §7.3.3), not where the line runs out. */
	private static void title(XWPFDocument doc, String first, String second) {
		XWPFParagraph p = paragraph(doc, false);
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingBetween(36, LineSpacingRule.EXACT);
		run(p, first, TITLE_FONT, TITLE_SIZE).addBreak();
		run(p, second, TITLE_FONT, TITLE_SIZE);
	}

	private static void heading(XWPFDocument doc, String text) {
		XWPFParagraph p = paragraph(doc, true);
		p.setKeepNext(true);
		run(p, text, HEADING_FONT, BODY_SIZE);
	}

	/** A paragraph that opens with a 楷体 second-level heading and goes on in the body font. */
	private static void subheading(XWPFDocument doc, String heading, String text) {
		XWPFParagraph p = paragraph(doc, true);
		run(p, heading, SUBHEADING_FONT, BODY_SIZE);
		run(p, text, BODY_FONT, BODY_SIZE);
	}

	private static void body(XWPFDocument doc, String text) {
		run(paragraph(doc, true), text, BODY_FONT, BODY_SIZE);
	}

	/** A paragraph at the fixed line spacing, with the two-character first-line indent when {@code indent}. */
	private static XWPFParagraph paragraph(XWPFDocument doc, boolean indent) {
		XWPFParagraph p = doc.createParagraph();
		p.setSpacingBetween(LINE, LineSpacingRule.EXACT);
		p.setSpacingBefore(0);
		p.setSpacingAfter(0);
		p.setAlignment(ParagraphAlignment.BOTH);
		if (indent) {
			p.setIndentationFirstLine(2 * BODY_SIZE * 20);
			p.getCTP().getPPr().getInd().setFirstLineChars(BigInteger.valueOf(200));
		}
		return p;
	}

	/** A run in {@code eastAsian} for Chinese, Times New Roman for digits and Latin letters. */
	static XWPFRun run(XWPFParagraph p, String text, String eastAsian, int size) {
		XWPFRun run = p.createRun();
		run.setText(text);
		font(run, eastAsian, size);
		return run;
	}

	private static void font(XWPFRun run, String eastAsian, int size) {
		String latin = TITLE_FONT.equals(eastAsian) || HEADING_FONT.equals(eastAsian) ? eastAsian : LATIN_FONT;
		run.setFontFamily(latin, FontCharRange.ascii);
		run.setFontFamily(latin, FontCharRange.hAnsi);
		run.setFontFamily(latin, FontCharRange.cs);
		run.setFontFamily(eastAsian, FontCharRange.eastAsia);
		run.getCTR().getRPr().getRFontsArray(0).setHint(STHint.EAST_ASIA);
		run.setFontSize(size);
		run.setLang("zh-CN");
	}

	private static void page(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
				: doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(TOP));
		margins.setBottom(BigInteger.valueOf(BOTTOM));
		margins.setLeft(BigInteger.valueOf(LEFT));
		margins.setRight(BigInteger.valueOf(RIGHT));
		margins.setHeader(BigInteger.valueOf(851));
		// The page number sits 7 mm below the text block: 35 − 7 − a line of 四号 ≈ 22 mm above the edge.
		margins.setFooter(BigInteger.valueOf(1247));
		margins.setGutter(BigInteger.ZERO);
	}

	/** {@code — 1 —}: odd pages at the right, even pages at the left, a character in from the edge. */
	private static void footers(XWPFDocument doc) {
		pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
		pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
		doc.setEvenAndOddHeadings(true);
	}

	private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
		XWPFParagraph p = footer.createParagraph();
		p.setAlignment(side);
		int oneCharacter = PAGE_NUMBER_SIZE * 20;
		if (side == ParagraphAlignment.RIGHT) {
			p.setIndentationRight(oneCharacter);
		}
		else {
			p.setIndentationLeft(oneCharacter);
		}
		pageRun(p.createRun(), "— ");
		XWPFFieldRun number = p.createFieldRun();
		number.setFieldInstruction("PAGE");
		pageRun(number, "1");
		pageRun(p.createRun(), " —");
	}

	private static void pageRun(XWPFRun run, String text) {
		run.setText(text);
		run.setFontFamily(PAGE_NUMBER_FONT);
		run.setFontFamily(PAGE_NUMBER_FONT, FontCharRange.eastAsia);
		run.setFontSize(PAGE_NUMBER_SIZE);
	}
}
