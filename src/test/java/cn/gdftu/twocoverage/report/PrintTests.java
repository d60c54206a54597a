package cn.gdftu.twocoverage.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import cn.gdftu.twocoverage.job.SharedRuns;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * index.html of the bad conformance tree (rejected rows, rejected and missing cities) printed by Chromium ({@code --print-to-pdf}), read back with pdftotext: A4 pages, the
 * period in the page header, and every city's row of the quality table in full (a column cut at the
 * page edge loses its text from the PDF).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintTests {

	private static final Pattern ROW = Pattern.compile("<tr[^>]*data-city=\"(\\d{6})\"[^>]*>(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

	Path folder;

	Path pdf;

	String text;

	@BeforeAll
	void print(@TempDir Path root) throws Exception {
		Assumptions.assumeTrue(SlideDeckTests.onPath("chromium") && SlideDeckTests.onPath("pdftotext"),
				"assumes Chromium (Debian chromium) and pdftotext (poppler-utils) are installed, as .ci/run "
						+ "installs them; skipped without them");
		SharedRuns.Run bad = SharedRuns.bad();
		assertThat(bad.outcome().exit()).as(bad.outcome().stderr()).isZero();
		this.folder = bad.period("2026-09");
		this.pdf = root.resolve("index.pdf");
		SlideDeckTests.run(root, "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--no-first-run", "--user-data-dir=" + root.resolve("chromium"), "--no-pdf-header-footer",
				"--print-to-pdf=" + this.pdf, this.folder.resolve("index.html").toUri().toString());
		// -raw: in the order Chromium drew the text, so a cell wrapped over lines is not interleaved with its neighbours.
		this.text = SlideDeckTests.run(root, "pdftotext", "-raw", "-enc", "UTF-8", this.pdf.toString(), "-");
	}

	@Test
	void printsOnA4() throws Exception {
		String info = SlideDeckTests.run(this.folder, "pdfinfo", this.pdf.toString());
		assertThat(info).containsPattern("Page size:\\s+(841\\.\\d+ x 595|595\\.\\d+ x 841|841\\.\\d+ x 594\\.\\d+|594\\.\\d+ x 841)");
	}

	@Test
	void everyPageHeaderNamesThePeriod() throws Exception {
		String info = SlideDeckTests.run(this.folder, "pdfinfo", this.pdf.toString());
		Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
		assertThat(pages.find()).isTrue();
		int count = Integer.parseInt(pages.group(1));
		assertThat(count).isGreaterThan(1);
		String header = squeeze("广东省“两个覆盖”工作月报 · 2026年9月");
		for (int page = 1; page <= count; page++) {
			String one = SlideDeckTests.run(this.folder, "pdftotext", "-enc", "UTF-8", "-f", "" + page, "-l", "" + page,
					this.pdf.toString(), "-");
			assertThat(squeeze(one)).as("page %d", page).contains(header);
		}
	}

	@Test
	void everyCitysQualityRowIsPrintedInFull() throws IOException {
		Map<String, List<String>> rows = qualityRows(IndexPage.read(this.folder).html());
		assertThat(rows).hasSize(21);
		String printed = squeeze(this.text);
		for (Map.Entry<String, List<String>> row : rows.entrySet()) {
			for (String cell : row.getValue()) {
				assertThat(printed).as("city %s, cell '%s'", row.getKey(), cell).contains(squeeze(cell));
			}
		}
		// The column that was cut before, with reason codes in it.
		assertThat(printed).contains("主要问题");
		assertThat(rows.values().stream().flatMap(List::stream).filter((c) -> c.matches("(?s).*\\b[A-Z]+_[A-Z_]+\\b.*")))
			.isNotEmpty();
	}

	@Test
	void theNavigationIsNotPrinted() {
		assertThat(squeeze(this.text)).doesNotContain(squeeze("五、分行业、经济类型、区县"));
	}

	/** Each quality-table row's cells as text, by city code, in page order. */
	static Map<String, List<String>> qualityRows(String html) {
		int start = html.indexOf("id=\"quality-table\"");
		String table = html.substring(start, html.indexOf("</table>", start));
		Map<String, List<String>> rows = new LinkedHashMap<>();
		Matcher row = ROW.matcher(table);
		while (row.find()) {
			List<String> cells = new ArrayList<>();
			Matcher cell = CELL.matcher(row.group(2));
			while (cell.find()) {
				// A cell's list items are lines of their own: the PDF's text may put a neighbouring cell between them.
				for (String line : cell.group(1).split("</li>")) {
					String text = unescape(line.replaceAll("<[^>]+>", " ")).strip();
					if (!text.isEmpty()) {
						cells.add(text);
					}
				}
			}
			rows.put(row.group(1), cells);
		}
		return rows;
	}

	private static String unescape(String html) {
		return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
			.replace("&amp;", "&");
	}

	/** Text without white space: a cell wrapped over lines reads the same. */
	static String squeeze(String text) {
		return text.replaceAll("\\s+", "");
	}
}
