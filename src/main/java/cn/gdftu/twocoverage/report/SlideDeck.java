package cn.gdftu.twocoverage.report;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;

import cn.gdftu.twocoverage.report.ReportView.ChartRef;
import cn.gdftu.twocoverage.report.ReportView.Side;

/**
 * The meeting deck {@code slides.pptx} (SPEC §10): a title slide with the two province rates as the
 * page shows them (the figures of coverage.csv), one slide per main chart, the county charts as an
 * appendix, and the definitions. Titles are text boxes, so organisers can edit them; their East Asian
 * font is 微软雅黑, which Office and WPS machines have. Each chart is its PNG, with the SVG attached
 * (PowerPoint draws the SVG, sharp at any size; Impress and older viewers the PNG).
 */
final class SlideDeck {

	static final String FILE = "slides.pptx";

	/**
	 * The main charts, one slide each, in this order. A chart the period did not draw is left out. To put
	 * a new chart on the slides, add its name (its file name in {@code charts/} without extension) here.
	 */
	static final List<String> MAIN_CHARTS = List.of(ReportCharts.RANKING_ORG, ReportCharts.RANKING_CONTRACT,
			ReportCharts.SCATTER, ReportCharts.TREND, ReportCharts.COMPLETENESS, ReportCharts.INDUSTRY,
			ReportCharts.OWNERSHIP, ReportCharts.SCOPE, ChangesReport.CHART);

	/** Title of the appendix slides, before the chart's own title. */
	static final String APPENDIX = "附录：";

	static final String CLOSING_TITLE = "指标口径";

	/** 16:9 at PowerPoint's default widescreen size in points (13.333 × 7.5 in). */
	static final Dimension SIZE = new Dimension(960, 540);

	static final String EAST_ASIAN_FONT = "微软雅黑";

	static final String LATIN_FONT = "Microsoft YaHei";

	private static final Color NAVY = new Color(0x0b, 0x3d, 0x63);

	private static final Color MUTED = new Color(0x59, 0x63, 0x6e);

	private static final Color ORG = new Color(0x00, 0x55, 0x85);

	private static final Color CONTRACT = new Color(0x9c, 0x6b, 0x00);

	private static final double MARGIN = 30;

	private static final double TITLE_HEIGHT = 58;

	void write(ReportView view, Path folder) throws IOException {
		try (XMLSlideShow deck = new XMLSlideShow()) {
			deck.setPageSize(SIZE);
			titleSlide(deck, view);
			for (ChartRef chart : mainCharts(view.charts())) {
				chartSlide(deck, chart.title(), chart, folder);
			}
			for (ChartRef chart : countyCharts(view.charts())) {
				chartSlide(deck, APPENDIX + chart.title(), chart, folder);
			}
			closingSlide(deck, view);
			Files.write(folder.resolve(FILE),
					stamped(unpacked(deck), LocalDate.parse(view.referenceDate()).atStartOfDay()));
		}
	}

	/**
	 * The document as POI writes it, its entries left uncompressed: {@link #stamped} compresses every
	 * entry again anyway, and POI's default level cost as much as that second pass (the deck holds
	 * every chart, about 10 MB).
	 */
	static byte[] unpacked(POIXMLDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
			zip.setLevel(Deflater.NO_COMPRESSION);
			document.write(zip);
		}
		return out.toByteArray();
	}

	/**
	 * The same zip with every entry dated {@code time}: POI dates them now, and SPEC §6 wants the same
	 * files from the same input.
	 */
	static byte[] stamped(byte[] zip, LocalDateTime time) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream stamped = new ZipOutputStream(out)) {
			// The entries are compressed a second time here: the fastest level takes 0.2 s instead of
			// 0.6 s on a sample deck, for a deck 6 % larger.
			stamped.setLevel(Deflater.BEST_SPEED);
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTimeLocal(time);
				stamped.putNextEntry(copy);
				in.transferTo(stamped);
				stamped.closeEntry();
			}
		}
		return out.toByteArray();
	}

	/** The drawn main charts, in {@link #MAIN_CHARTS} order. */
	static List<ChartRef> mainCharts(Map<String, ChartRef> charts) {
		List<ChartRef> main = new ArrayList<>();
		for (String name : MAIN_CHARTS) {
			ChartRef chart = charts.get(name);
			if (chart != null) {
				main.add(chart);
			}
		}
		return main;
	}

	/** The county charts, in page order. */
	static List<ChartRef> countyCharts(Map<String, ChartRef> charts) {
		return charts.values().stream().filter((c) -> c.name().startsWith(ReportCharts.countyChart(""))).toList();
	}

	private static void titleSlide(XMLSlideShow deck, ReportView view) {
		XSLFSlide slide = deck.createSlide();
		XSLFTextBox title = box(slide, MARGIN, 96, SIZE.width - 2 * MARGIN, 70);
		run(title.getTextParagraphs().get(0), "广东省“两个覆盖”工作月报", 36, NAVY, true);
		XSLFTextBox period = box(slide, MARGIN, 166, SIZE.width - 2 * MARGIN, 40);
		run(period.getTextParagraphs().get(0), view.periodLabel() + "（统计日 " + view.referenceDate() + "）", 20,
				MUTED, false);
		rate(slide, 230, view.headline().org(), ORG, view.previousLabel());
		rate(slide, 300, view.headline().contract(), CONTRACT, view.previousLabel());
		XSLFTextBox cities = box(slide, MARGIN, 380, SIZE.width - 2 * MARGIN, 36);
		run(cities.getTextParagraphs().get(0),
				"纳入统计 " + view.headline().included() + "/" + view.headline().cities() + " 个市", 20, NAVY, true);
		XSLFTextBox source = box(slide, MARGIN, 450, SIZE.width - 2 * MARGIN, 60);
		run(source.getTextParagraphs().get(0), "数据来源：各市总工会报送的基层工会台账和女职工权益保护专项集体合同台账，"
				+ "经“两个覆盖”月度作业校验汇总（覆盖率见 coverage.csv）。", 14, MUTED, false);
		XSLFTextParagraph by = source.addNewTextParagraph();
		run(by, "广东省总工会女职工部", 14, MUTED, false);
	}

	/** One province rate by units, and its change since the previous period. */
	private static void rate(XSLFSlide slide, double y, Side side, Color colour, String previousLabel) {
		XSLFTextBox box = box(slide, MARGIN, y, SIZE.width - 2 * MARGIN, 60);
		XSLFTextParagraph p = box.getTextParagraphs().get(0);
		run(p, side.label() + "（按基层工会个数）  ", 22, colour, false);
		run(p, side.units().rate().text(), 36, colour, true);
		run(p, "  " + change(side.unitsChange(), previousLabel), 18, MUTED, false);
	}

	/** The change as the page words it: ▲0.8 个百分点（较 2026年9月）, 持平, 首期. */
	static String change(PointChange change, String previousLabel) {
		String points = change.moved() ? change.text() + " 个百分点" : change.text();
		return (previousLabel == null) ? points : "较上期（" + previousLabel + "）" + points;
	}

	private static void chartSlide(XMLSlideShow deck, String title, ChartRef chart, Path folder) throws IOException {
		XSLFSlide slide = deck.createSlide();
		XSLFTextBox heading = box(slide, MARGIN, 8, SIZE.width - 2 * MARGIN, TITLE_HEIGHT - 8);
		run(heading.getTextParagraphs().get(0), title, 26, NAVY, true);
		XSLFPictureData png = DeckPictures.png(deck, Files.readAllBytes(folder.resolve(chart.png())));
		XSLFPictureShape picture = slide.createPicture(png);
		picture.setAnchor(body());
		Path svg = folder.resolve(chart.svg());
		if (Files.exists(svg)) {
			picture.setSvgImage(deck.addPicture(Files.readAllBytes(svg), PictureType.SVG));
		}
	}

	/** The largest 16:9 rectangle below the title, centred. */
	static Rectangle2D body() {
		double height = SIZE.height - TITLE_HEIGHT - 6;
		double width = height * 16 / 9;
		return new Rectangle2D.Double((SIZE.width - width) / 2, TITLE_HEIGHT, width, height);
	}

	private static void closingSlide(XMLSlideShow deck, ReportView view) {
		XSLFSlide slide = deck.createSlide();
		XSLFTextBox heading = box(slide, MARGIN, 8, SIZE.width - 2 * MARGIN, TITLE_HEIGHT - 8);
		run(heading.getTextParagraphs().get(0), CLOSING_TITLE, 26, NAVY, true);
		XSLFTextBox body = box(slide, MARGIN, 80, SIZE.width - 2 * MARGIN, SIZE.height - 110);
		List<String[]> definitions = List.of(
				new String[] { "女职工组织覆盖率", "有女会员的基层工会中，女职工组织符合要求的比例（女会员 10 人及以上须建女职工委员会，1–9 人设委员会或女职工委员均可）。" },
				new String[] { "专项集体合同覆盖率", "有女职工的基层工会中，至少被一份在统计日有效的女职工权益保护专项集体合同（单独、区域性或行业性）覆盖的比例。" },
				new String[] { "统计日", "统计月的最后一天（本期 " + view.referenceDate() + "），合同在统计日有效指生效日期 ≤ 统计日 ≤ 到期日期。" },
				new String[] { "纳入统计", "只计已报送的市通过校验的数据行，全省数字包含 " + view.headline().included() + "/"
						+ view.headline().cities() + " 个市，未报送和整份退回的市不计入。" },
				new String[] { "计算方法", "各级覆盖率由个数汇总后相除，不对下级覆盖率取平均，显示为百分数保留 1 位小数（四舍五入），与 coverage.csv 一致。" });
		boolean first = true;
		for (String[] definition : definitions) {
			XSLFTextParagraph p = first ? body.getTextParagraphs().get(0) : body.addNewTextParagraph();
			first = false;
			p.setSpaceAfter(-14.0); // negative: points, not percent
			run(p, definition[0] + "：", 18, NAVY, true);
			run(p, definition[1], 18, Color.DARK_GRAY, false);
		}
	}

	private static XSLFTextBox box(XSLFSlide slide, double x, double y, double width, double height) {
		XSLFTextBox box = slide.createTextBox();
		box.setAnchor(new Rectangle2D.Double(x, y, width, height));
		box.setWordWrap(true);
		// A new box holds an empty run in the default font: start from no paragraph at all.
		box.clearText();
		box.addNewTextParagraph().setTextAlign(TextAlign.LEFT);
		return box;
	}

	/** A run of text in 微软雅黑 for Chinese (the East Asian font) and its Latin name for the rest. */
	private static XSLFTextRun run(XSLFTextParagraph paragraph, String text, double size, Color colour, boolean bold) {
		XSLFTextRun run = paragraph.addNewTextRun();
		run.setText(text);
		run.setFontSize(size);
		run.setFontColor(colour);
		run.setBold(bold);
		run.setFontFamily(LATIN_FONT, FontGroup.LATIN);
		run.setFontFamily(EAST_ASIAN_FONT, FontGroup.EAST_ASIAN);
		((CTRegularTextRun) run.getXmlObject()).getRPr().setLang("zh-CN");
		return run;
	}
}
