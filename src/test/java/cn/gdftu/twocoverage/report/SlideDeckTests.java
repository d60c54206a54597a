package cn.gdftu.twocoverage.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import cn.gdftu.twocoverage.job.SharedRuns;

import static org.assertj.core.api.Assertions.assertThat;

/** The meeting deck of the messy conformance tree (two periods: 2026-10 has a previous period). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlideDeckTests {

	/** SPEC §10's main charts and §11's waterfall, in slide order, with the titles the page gives them. */
	static final List<String> MAIN_TITLES = List.of("各市女职工组织覆盖率", "各市专项集体合同覆盖率", "各市两个覆盖率分布",
			"全省两个覆盖率走势", "各市报送情况", "分行业两个覆盖率", "分经济类型两个覆盖率", "在有效期内的专项集体合同：签订形式",
			"全省专项集体合同覆盖变动（按基层工会个数）");

	Path folder;

	XMLSlideShow deck;

	List<XSLFSlide> slides;

	Map<String, Map<String, String>> coverage;

	Map<String, Map<String, String>> submissions;

	@BeforeAll
	void run() throws IOException {
		SharedRuns.Run messy = SharedRuns.messy();
		assertThat(messy.outcome().exit()).as(messy.outcome().stderr()).isZero();
		this.folder = messy.period("2026-10");
		try (InputStream in = Files.newInputStream(this.folder.resolve(SlideDeck.FILE))) {
			this.deck = new XMLSlideShow(in);
		}
		this.slides = this.deck.getSlides();
		this.coverage = IndexPage.csv(this.folder.resolve("coverage.csv"), "level", "code");
		this.submissions = IndexPage.csv(this.folder.resolve("submissions.csv"), "city_code");
	}

	@AfterAll
	void close() throws IOException {
		this.deck.close();
	}

	List<String> submittedCities() {
		return this.submissions.values().stream().filter((s) -> s.get("status").equals("submitted"))
			.map((s) -> s.get("city_code")).toList();
	}

	@Nested
	class Layout {

		@Test
		void isSixteenByNine() {
			assertThat(SlideDeckTests.this.deck.getPageSize().getWidth() * 9)
				.isEqualTo(SlideDeckTests.this.deck.getPageSize().getHeight() * 16);
		}

		@Test
		void hasTitleMainChartsCountyAppendixAndClosingSlides() {
			List<String> expected = new ArrayList<>();
			expected.add("广东省“两个覆盖”工作月报");
			expected.addAll(MAIN_TITLES);
			for (String city : submittedCities()) {
				expected.add(SlideDeck.APPENDIX + "<county " + city + ">");
			}
			expected.add(SlideDeck.CLOSING_TITLE);
			List<String> titles = SlideDeckTests.this.slides.stream().map(SlideDeckTests::title).toList();
			assertThat(titles).hasSameSizeAs(expected);
			for (int i = 0; i < expected.size(); i++) {
				if (expected.get(i).startsWith(SlideDeck.APPENDIX + "<county")) {
					assertThat(titles.get(i)).startsWith(SlideDeck.APPENDIX).contains("两个覆盖率");
				}
				else {
					assertThat(titles.get(i)).isEqualTo(expected.get(i));
				}
			}
		}

		@Test
		void everyTitleIsEditableTextWithAnEastAsianFont() {
			for (XSLFSlide slide : SlideDeckTests.this.slides) {
				XSLFTextShape title = (XSLFTextShape) slide.getShapes().get(0);
				for (XSLFTextRun run : title.getTextParagraphs().get(0).getTextRuns()) {
					assertThat(run.getFontFamily(FontGroup.EAST_ASIAN)).isEqualTo("微软雅黑");
				}
			}
		}
	}

	@Test
	void theReportPageLinksTheDeck() throws IOException {
		assertThat(IndexPage.read(this.folder).references()).contains(SlideDeck.FILE);
	}

	@Nested
	class Charts {

		@Test
		void eachMainChartIsItsPngWithItsSvgAttached() throws IOException {
			for (int i = 0; i < SlideDeck.MAIN_CHARTS.size(); i++) {
				assertChartSlide(SlideDeckTests.this.slides.get(1 + i), SlideDeck.MAIN_CHARTS.get(i));
			}
		}

		@Test
		void theAppendixHasEverySubmittedCitysCountyChart() throws IOException {
			List<String> cities = submittedCities();
			int first = 1 + SlideDeck.MAIN_CHARTS.size();
			for (int i = 0; i < cities.size(); i++) {
				assertChartSlide(SlideDeckTests.this.slides.get(first + i), ReportCharts.countyChart(cities.get(i)));
			}
		}

		@Test
		void chartsFillTheBodyAt16By9() {
			XSLFPictureShape picture = picture(SlideDeckTests.this.slides.get(1));
			var anchor = picture.getAnchor();
			assertThat(anchor.getWidth() * 9).isCloseTo(anchor.getHeight() * 16, org.assertj.core.data.Offset.offset(1.0));
			assertThat(anchor.getWidth()).isGreaterThan(SlideDeck.SIZE.width * 0.8);
			assertThat(anchor.getMaxY()).isLessThanOrEqualTo(SlideDeck.SIZE.height);
		}

		private void assertChartSlide(XSLFSlide slide, String chart) throws IOException {
			XSLFPictureShape picture = picture(slide);
			assertThat(picture.getPictureData().getType()).isEqualTo(PictureType.PNG);
			assertThat(picture.getPictureData().getData())
				.isEqualTo(Files.readAllBytes(SlideDeckTests.this.folder.resolve("charts/" + chart + ".png")));
			assertThat(picture.getSvgImage()).as("SVG of " + chart).isNotNull();
			assertThat(picture.getSvgImage().getData())
				.isEqualTo(Files.readAllBytes(SlideDeckTests.this.folder.resolve("charts/" + chart + ".svg")));
		}
	}

	@Nested
	class TitleSlide {

		@Test
		void showsBothProvinceRatesOfCoverageCsv() {
			Map<String, String> province = SlideDeckTests.this.coverage.get("province/440000");
			assertThat(province).containsEntry("org_units_rate", "0.7187").containsEntry("contract_units_rate", "0.6387");
			String text = text(SlideDeckTests.this.slides.get(0));
			assertThat(text).contains("女职工组织覆盖率（按基层工会个数）  71.9%");
			assertThat(text).contains("专项集体合同覆盖率（按基层工会个数）  63.9%");
		}

		@Test
		void showsThePeriodTheChangeSinceThePreviousPeriodAndTheCitiesIncluded() {
			String text = text(SlideDeckTests.this.slides.get(0));
			long included = submittedCities().size();
			assertThat(text).contains("2026年10月").contains("较上期（2026年9月）").contains("纳入统计 " + included + "/21 个市")
				.contains("数据来源");
		}
	}

	/** The deck opens in LibreOffice Impress: converted headless to PDF, one page per slide. */
	@Nested
	class Impress {

		@Test
		void convertsToAPdfWithOnePagePerSlide(@TempDir Path out) throws Exception {
			Assumptions.assumeTrue(onPath("soffice") && onPath("pdfinfo"),
					"assumes LibreOffice Impress (Debian libreoffice-impress-nogui) and pdfinfo (poppler-utils) are "
							+ "installed, as .ci/run installs them; skipped without them");
			// A profile of its own: two soffice processes on one profile wait for each other.
			Path profile = out.resolve("profile");
			run(out, "soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
					"--outdir", out.toString(), SlideDeckTests.this.folder.resolve(SlideDeck.FILE).toString());
			Path pdf = out.resolve("slides.pdf");
			assertThat(pdf).exists();
			String info = run(out, "pdfinfo", pdf.toString());
			assertThat(info).containsPattern("Pages:\\s+" + SlideDeckTests.this.slides.size() + "\\b");
		}
	}

	static boolean onPath(String command) {
		return Arrays.stream(System.getenv("PATH").split(java.io.File.pathSeparator))
			.anyMatch((dir) -> Files.isExecutable(Path.of(dir, command)));
	}

	static String run(Path dir, String... command) throws Exception {
		Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("%s finishes", command[0]).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

	static String title(XSLFSlide slide) {
		return ((XSLFTextShape) slide.getShapes().get(0)).getText();
	}

	static String text(XSLFSlide slide) {
		StringBuilder text = new StringBuilder();
		for (XSLFShape shape : slide.getShapes()) {
			if (shape instanceof XSLFTextShape box) {
				text.append(box.getText()).append('\n');
			}
		}
		return text.toString();
	}

	static XSLFPictureShape picture(XSLFSlide slide) {
		return slide.getShapes().stream().filter(XSLFPictureShape.class::isInstance).map(XSLFPictureShape.class::cast)
			.findFirst().orElseThrow(() -> new AssertionError("no picture on slide " + title(slide)));
	}
}
