package cn.gdftu.twocoverage.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import cn.gdftu.twocoverage.job.JobRunner;
import cn.gdftu.twocoverage.job.SharedRuns;
import cn.gdftu.twocoverage.ingest.ReturnFiles;

import static cn.gdftu.twocoverage.ingest.ReturnFiles.CONTRACTS;
import static cn.gdftu.twocoverage.ingest.ReturnFiles.ORGANIZATIONS;
import static cn.gdftu.twocoverage.ingest.ReturnFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The report folder end to end: the real command on real input trees, then index.html and the
 * charts read back. Every expected figure is worked out here from the CSV files the same run wrote,
 * not taken from the code under test.
 */
class PeriodReportTests {

	static final List<String> CHARTS = List.of("city-ranking-org", "city-ranking-contract", "city-scatter",
			"province-trend", "completeness", "industry", "ownership", "contract-scope");

	static final String[] MEASURES = { "org_units", "org_people", "contract_units", "contract_people" };

	/** The messy conformance tree, two periods: 2026-10 has a previous period to compare with. */
	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class MessyTree {

		Path reports;

		Path folder;

		IndexPage page;

		Map<String, Map<String, String>> coverage;

		Map<String, Map<String, String>> previous;

		Map<String, Map<String, String>> submissions;

		@BeforeAll
		void run() throws IOException {
			SharedRuns.Run messy = SharedRuns.messy();
			assertThat(messy.outcome().exit()).as(messy.outcome().stderr()).isZero();
			this.reports = messy.reports();
			this.folder = this.reports.resolve("2026-10");
			this.page = IndexPage.read(this.folder);
			this.coverage = IndexPage.csv(this.folder.resolve("coverage.csv"), "level", "code");
			this.previous = IndexPage.csv(this.reports.resolve("2026-09/coverage.csv"), "level", "code");
			this.submissions = IndexPage.csv(this.folder.resolve("submissions.csv"), "city_code");
		}

		List<String> submittedCities() {
			return this.submissions.values().stream().filter((s) -> s.get("status").equals("submitted"))
				.map((s) -> s.get("city_code")).toList();
		}

		@Nested
		class Charts {

			@Test
			void everyPromisedChartIsA1920By1080PngWithAnSvg() throws IOException {
				List<String> names = new ArrayList<>(CHARTS);
				submittedCities().forEach((city) -> names.add("county-" + city));
				assertThat(names).hasSize(8 + 21);
				for (String name : names) {
					Path png = folder.resolve("charts/" + name + ".png");
					BufferedImage image = ImageIO.read(png.toFile());
					assertThat(image).as(name).isNotNull();
					assertThat(image.getWidth()).as(name).isEqualTo(1920);
					assertThat(image.getHeight()).as(name).isEqualTo(1080);
					String svg = Files.readString(folder.resolve("charts/" + name + ".svg"), StandardCharsets.UTF_8);
					assertThat(svg).as(name).contains("<svg").contains("viewBox=\"0 0 1920 1080\"");
				}
			}

			@Test
			void thePageShowsEachChartAndLinksItsSvg() {
				List<String> refs = page.references();
				for (String name : CHARTS) {
					assertThat(refs).contains("charts/" + name + ".png", "charts/" + name + ".svg");
				}
				for (String city : submittedCities()) {
					assertThat(refs).contains("charts/county-" + city + ".png", "charts/county-" + city + ".svg");
				}
			}

			@Test
			void eachPeriodHasItsOwnCharts() throws IOException {
				byte[] now = Files.readAllBytes(folder.resolve("charts/city-ranking-org.png"));
				byte[] before = Files.readAllBytes(reports.resolve("2026-09/charts/city-ranking-org.png"));
				assertThat(now).isNotEqualTo(before);
			}
		}

		@Nested
		class Numbers {

			@Test
			void figuresWorkedOutByHand() {
				// From the tree's expected coverage.csv: 3,428 of 4,770 is 71.87 %; 201 of 289 is 69.55 %.
				assertThat(page.marked("data-cov")).contains(Map.entry("province/440000/org_units_rate", "71.9%"),
						Map.entry("province/440000/org_units_covered", "3,428"),
						Map.entry("province/440000/org_units_denom", "4,770"),
						Map.entry("province/440000/org_people_rate", "72.6%"),
						Map.entry("province/440000/org_people_covered", "101,353"),
						Map.entry("province/440000/org_people_denom", "139,579"),
						Map.entry("province/440000/contract_units_rate", "63.9%"),
						Map.entry("province/440000/contract_people_rate", "58.5%"),
						Map.entry("city/440100/org_units_rate", "69.6%"),
						Map.entry("city/441500/contract_units_rate", "92.3%"),
						Map.entry("city/441900/contract_units_rate", "26.7%"));
				// Targets 95 % and 90 %: 0.95 × 4,770 = 4,531.5, so 4,532 − 3,428; 0.90 × 5,095 = 4,585.5, so 4,586 − 3,254.
				assertThat(page.marked("data-needed")).contains(Map.entry("province/440000/org", "1,104"),
						Map.entry("province/440000/contract", "1,332"), Map.entry("city/440100/org", "74"),
						Map.entry("city/440100/contract", "44"), Map.entry("city/441500/org", "11"),
						Map.entry("city/441500/contract", "0"));
				// Points since 2026-09: 71.87 − 71.08, Zhuhai 64.41 − 66.67, Guangzhou 75.74 − 74.75.
				assertThat(page.marked("data-change")).contains(Map.entry("province/440000/org_units_rate", "▲0.8"),
						Map.entry("province/440000/contract_units_rate", "▲1.2"),
						Map.entry("province/440000/org_people_rate", "▲0.9"),
						Map.entry("province/440000/contract_people_rate", "▲0.7"),
						Map.entry("city/440400/org_units_rate", "▼2.3"),
						Map.entry("city/440400/contract_units_rate", "▼2.1"),
						Map.entry("city/440100/contract_units_rate", "▲1.0"),
						Map.entry("city/441900/contract_units_rate", "▲1.9"),
						Map.entry("city/441500/contract_units_rate", "▲0.2"));
				// Dongguan leads on organisations (77.68 %), Foshan 75.62 % and Yangjiang 75.61 % follow; Shanwei leads on contracts.
				assertThat(page.marked("data-rank")).contains(Map.entry("province/440000/org", "—"),
						Map.entry("city/441900/org", "1"), Map.entry("city/440600/org", "2"),
						Map.entry("city/441700/org", "3"), Map.entry("city/440400/org", "21"),
						Map.entry("city/441500/contract", "1"), Map.entry("city/441900/contract", "21"));
			}

			@Test
			void everyMarkedFigureShowsCoverageCsv() {
				List<Map.Entry<String, String>> cells = page.marked("data-cov");
				assertThat(cells).isNotEmpty();
				for (Map.Entry<String, String> cell : cells) {
					String key = cell.getKey();
					String value = csvValue(coverage, key);
					if (!key.endsWith("_rate")) {
						assertThat(cell.getValue()).as(key).matches("\\d{1,3}(,\\d{3})*");
						assertThat(cell.getValue().replace(",", "")).as(key).isEqualTo(value);
					}
					else if (value.isEmpty()) {
						assertThat(cell.getValue()).as(key).isEqualTo("无数据");
					}
					else {
						// One decimal of a percentage: within half a tenth of the CSV's rate (rounding: by hand above).
						assertThat(cell.getValue()).as(key).matches("\\d{1,3}\\.\\d%");
						assertThat(new BigDecimal(cell.getValue().replace("%", ""))).as(key)
							.isCloseTo(new BigDecimal(value).movePointRight(2), within(new BigDecimal("0.05")));
					}
				}
			}

			@Test
			void theHeadlineAndLeagueTableMarkEveryFigureTheyShow() {
				Set<String> marked = new HashSet<>();
				page.marked("data-cov").forEach((cell) -> marked.add(cell.getKey()));
				Set<String> wanted = new HashSet<>();
				for (String measure : MEASURES) {
					for (String part : List.of("_rate", "_covered", "_denom")) {
						wanted.add("province/440000/" + measure + part);
					}
				}
				for (String city : submittedCities()) {
					for (String measure : List.of("org_units", "contract_units")) {
						for (String part : List.of("_rate", "_covered", "_denom")) {
							wanted.add("city/" + city + "/" + measure + part);
						}
					}
				}
				assertThat(marked).containsAll(wanted);
			}

			@Test
			void unionsStillNeededAreTheFewestMoreThatMeetTheTarget() throws IOException {
				Map<String, BigDecimal> targets = targets();
				List<Map.Entry<String, String>> cells = page.marked("data-needed");
				// The province's appear twice: in the headline and at the head of the league table.
				assertThat(cells.stream().map(Map.Entry::getKey).distinct()).hasSize(2 * (1 + submittedCities().size()));
				for (Map.Entry<String, String> cell : cells) {
					String key = cell.getKey();
					String measure = key.substring(key.lastIndexOf('/') + 1);
					Map<String, String> row = coverage.get(key.substring(0, key.lastIndexOf('/')));
					BigDecimal denominator = new BigDecimal(row.get(measure + "_units_denom"));
					long covered = Long.parseLong(row.get(measure + "_units_covered"));
					if (denominator.signum() == 0) {
						assertThat(cell.getValue()).as(key).isEqualTo("—");
						continue;
					}
					long needed = Long.parseLong(cell.getValue().replace(",", ""));
					BigDecimal goal = targets.get(measure).multiply(denominator);
					assertThat(needed).as(key).isNotNegative();
					assertThat(BigDecimal.valueOf(covered + needed)).as(key + " meets the target").isGreaterThanOrEqualTo(goal);
					if (needed > 0) {
						assertThat(BigDecimal.valueOf(covered + needed - 1)).as(key + " one fewer does not").isLessThan(goal);
					}
				}
			}

			@Test
			void changesArePercentagePointsSinceThePreviousPeriodsCoverageCsv() {
				List<Map.Entry<String, String>> cells = page.marked("data-change");
				assertThat(cells).hasSizeGreaterThanOrEqualTo(4 + 2 * submittedCities().size());
				for (Map.Entry<String, String> cell : cells) {
					String key = cell.getKey();
					String now = csvValue(coverage, key);
					String before = csvValue(previous, key);
					if (now.isEmpty() || before.isEmpty()) {
						assertThat(cell.getValue()).as(key).isEqualTo("—");
						continue;
					}
					// Within half a tenth of a point of the CSV's rates (the rounding: by hand above).
					BigDecimal points = new BigDecimal(now).subtract(new BigDecimal(before)).movePointRight(2);
					assertThat(cell.getValue()).as(key).matches("[▲▼]\\d+\\.\\d|持平");
					BigDecimal shown = cell.getValue().equals("持平") ? BigDecimal.ZERO
							: new BigDecimal(cell.getValue().substring(1));
					if (cell.getValue().startsWith("▼")) {
						shown = shown.negate();
					}
					assertThat(shown).as(key).isCloseTo(points, within(new BigDecimal("0.05")));
					assertThat(shown.signum()).as(key).isIn(0, points.signum());
				}
			}

			@Test
			void ranksAreCompetitionRanksOfThePublishedRates() {
				List<Map.Entry<String, String>> cells = page.marked("data-rank");
				assertThat(cells).hasSize(2 * (1 + submittedCities().size()));
				for (Map.Entry<String, String> cell : cells) {
					String key = cell.getKey();
					if (key.startsWith("province/")) {
						assertThat(cell.getValue()).isEqualTo("—");
						continue;
					}
					String column = key.substring(key.lastIndexOf('/') + 1) + "_units_rate";
					BigDecimal rate = new BigDecimal(coverage.get(key.substring(0, key.lastIndexOf('/'))).get(column));
					long higher = submittedCities().stream()
						.map((city) -> coverage.get("city/" + city).get(column))
						.filter((r) -> !r.isEmpty() && new BigDecimal(r).compareTo(rate) > 0)
						.count();
					assertThat(cell.getValue()).as(key).isEqualTo(Long.toString(higher + 1));
				}
			}

			@Test
			void theHeadlineCountsTheCitiesIncluded() {
				assertThat(page.byId("cities-included")).isEqualTo(submittedCities().size() + "/21");
				assertThat(page.html()).doesNotContain("id=\"cities-missing\"").doesNotContain("id=\"cities-rejected\"");
				assertThat(page.html()).contains("与上期（2026年9月）比较");
			}

			@Test
			void theHeadlineCountsTheCitiesMeetingEachTarget() {
				// No city reaches 95 % on organisations; Shanwei alone reaches 90 % on contracts (48 of 52).
				assertThat(page.byId("cities-org-met")).isEqualTo("0");
				assertThat(page.byId("cities-contract-met")).isEqualTo("1");
			}

			private Map<String, BigDecimal> targets() throws IOException {
				Properties properties = new Properties();
				try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
					properties.load(in);
				}
				return Map.of("org", new BigDecimal(properties.getProperty("two-coverage.targets.org")), "contract",
						new BigDecimal(properties.getProperty("two-coverage.targets.contract")));
			}
		}

		@Nested
		class Page {

			@Test
			void hasNoNetworkReference() {
				assertThat(page.html().toLowerCase()).doesNotContain("http");
			}

			@Test
			void everyLocalReferenceExistsInTheFolder() {
				List<String> refs = page.references();
				assertThat(refs).contains("../assets/NotoSansSC-Regular.ttf", "../assets/NotoSansSC-Bold.ttf",
						"../assets/OFL.txt", "expiring.csv", "slides.pptx");
				for (String ref : refs) {
					assertThat(folder.resolve(ref)).as(ref).isRegularFile();
				}
			}

			@Test
			void theFontsAreTheBundledOnes() throws IOException {
				for (String name : SharedAssets.FILES) {
					try (InputStream in = getClass().getResourceAsStream("/fonts/" + name)) {
						assertThat(Files.readAllBytes(reports.resolve("assets/" + name))).as(name)
							.isEqualTo(in.readAllBytes());
					}
				}
				assertThat(page.html()).contains("@font-face");
			}

			@Test
			void theFontIsOneCopyForAllPeriodsNotOnePerPeriod() throws IOException {
				for (String period : List.of("2026-09", "2026-10")) {
					assertThat(reports.resolve(period + "/assets")).doesNotExist();
					assertThat(IndexPage.read(reports.resolve(period)).references())
						.contains("../assets/NotoSansSC-Regular.ttf");
				}
				try (var files = Files.list(reports.resolve("assets"))) {
					assertThat(files.map((f) -> f.getFileName().toString()).toList())
						.containsExactlyInAnyOrderElementsOf(SharedAssets.FILES);
				}
			}

			@Test
			void hasEverySectionAndOneCountyBlockPerSubmittedCity() {
				for (String id : List.of("headline", "league", "quality", "trend", "breakdowns", "contracts",
						"method")) {
					assertThat(page.html()).contains("<section id=\"" + id + "\">");
				}
				for (String city : submittedCities()) {
					assertThat(page.html()).contains("<details id=\"counties-" + city + "\">");
				}
				assertThat(page.html()).contains("女会员 10 人及以上").contains("女职工委员会或女职工委员");
			}

			@Test
			void listsAtMostTenExpiringContractsPerCityWithTheirTotal() throws IOException {
				Map<String, Integer> totals = new java.util.TreeMap<>();
				for (Map<String, String> row : IndexPage.csv(folder.resolve("expiring.csv"), "city_code", "contract_id")
					.values()) {
					totals.merge(row.get("city_code"), 1, Integer::sum);
				}
				assertThat(totals).isNotEmpty();
				assertThat(totals.values()).anyMatch((n) -> n > 10);
				for (Map.Entry<String, Integer> city : totals.entrySet()) {
					String block = block("expiring-" + city.getKey());
					int rows = count(block, "<tr>") - 1;
					assertThat(rows).as(city.getKey()).isEqualTo(Math.min(10, city.getValue()));
					assertThat(block).contains("共" + city.getValue() + "份，").contains("href=\"expiring.csv\"");
				}
			}

			@Test
			void leavesNoStagingFolderBehind() throws IOException {
				try (Stream<Path> entries = Files.list(reports)) {
					assertThat(entries.map((p) -> p.getFileName().toString())).noneMatch((n) -> n.startsWith("."));
				}
			}

			private String block(String id) {
				int start = page.html().indexOf("<details id=\"" + id + "\">");
				assertThat(start).as(id).isNotNegative();
				return page.html().substring(start, page.html().indexOf("</details>", start));
			}

			private static int count(String text, String part) {
				Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
				int n = 0;
				while (m.find()) {
					n++;
				}
				return n;
			}
		}
	}

	/**
	 * A hand-made period with hostile user data: an employer name and a contract id that are script
	 * tags, an unknown folder named like markup; one city with a bad row, one rejected, 19 missing.
	 */
	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class UserData {

		static final String SCRIPT = "<script>alert(1)</script>";

		Path folder;

		IndexPage page;

		@BeforeAll
		void run(@TempDir Path root) throws IOException {
			Path period = root.resolve("input/2026-10");
			write(period.resolve("440100/organizations.csv"), ORGANIZATIONS + """
					%s,"%s",440103,C,private,40,20,10,committee
					%s,二号厂,440103,C,private,30,15,10,commissioner
					%s,行业无效被拒绝,440104,Z,private,10,5,5,committee
					""".formatted(id(1), SCRIPT.replace("\"", "\"\""), id(2), id(3)));
			write(period.resolve("440100/contracts.csv"), CONTRACTS + """
					%s,enterprise,%s,2025-01-01,2026-11-15
					R<1>,regional,%s,2025-01-01,2026-12-01
					R<1>,regional,%s,2025-01-01,2026-12-01
					""".formatted(SCRIPT, id(1), id(1), id(2)));
			write(period.resolve("440300/organizations.csv"), ORGANIZATIONS + """
					%s,深圳一号,440304,C,hmt,9,5,3,committee
					""".formatted(id(4)));
			Files.createDirectories(period.resolve("<svg onload=alert(1)>"));
			write(period.resolve("<svg onload=alert(1)>/organizations.csv"), "x\n");
			JobRunner.Outcome outcome = JobRunner.run("--period", "2026-10", "--input",
					root.resolve("input").toString(), "--reports", root.resolve("reports").toString());
			assertThat(outcome.exit()).as(outcome.stderr()).isZero();
			this.folder = root.resolve("reports/2026-10");
			this.page = IndexPage.read(this.folder);
		}

		@Test
		void escapesEmployerNamesContractIdsAndFolderNames() {
			String html = page.html();
			assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("<svg").doesNotContain("r<1>");
			assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
				.contains("&lt;svg onload=alert(1)&gt;")
				.contains("R&lt;1&gt;");
		}

		@Test
		void namesTheCitiesLeftOutOfTheFigures() {
			assertThat(page.byId("cities-included")).isEqualTo("1/21");
			assertThat(page.byId("cities-rejected")).isEqualTo("深圳市");
			assertThat(page.byId("cities-missing")).startsWith("韶关市、珠海市").doesNotContain("广州市").doesNotContain("深圳市");
		}

		@Test
		void linksTheRejectsFileOfACityWithRejectedRows() {
			assertThat(page.references()).contains("rejects/440100.csv").doesNotContain("rejects/440300.csv");
			assertThat(folder.resolve("rejects/440100.csv")).isRegularFile();
			assertThat(page.html()).contains("BAD_INDUSTRY").contains("行业门类应为A–T中的一个字母");
		}

		@Test
		void theFirstPeriodHasNoChange() {
			assertThat(page.marked("data-change")).isNotEmpty().allSatisfy((cell) -> assertThat(cell.getValue()).isEqualTo("首期"));
		}

		@Test
		void namesTheFirstUnionOfARegionalContract() {
			// The first by name of the two: "<" sorts before "二".
			assertThat(page.html()).contains("&lt;script&gt;alert(1)&lt;/script&gt; 等 2 家");
		}

		@Test
		void drawsNoCountyChartForCitiesNotIncluded() {
			assertThat(folder.resolve("charts/county-440100.png")).isRegularFile();
			assertThat(folder.resolve("charts/county-440300.png")).doesNotExist();
			assertThat(folder.resolve("charts/county-440200.png")).doesNotExist();
		}
	}

	/** The value in coverage.csv of a marked cell's key, {@code level/code/column}. */
	static String csvValue(Map<String, Map<String, String>> coverage, String key) {
		Map<String, String> row = coverage.get(key.substring(0, key.lastIndexOf('/')));
		assertThat(row).as(key).isNotNull();
		return row.get(key.substring(key.lastIndexOf('/') + 1));
	}

	static String id(int n) {
		return ReturnFiles.id("440103", n);
	}

}
