package cn.gdftu.twocoverage.changes;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a period's changes.csv and change sentences against the coverage.csv files of the report
 * folder: SPEC §11's identity on every row, covered counts equal to coverage.csv in both periods, the
 * province row the sum of the city rows, and every sentence's figures adding up to coverage.csv.
 */
public final class ChangesAudit {

	/** 已覆盖 a→b 家 and the denominators, the rates, and the movements, as the sentences write them. */
	private static final Pattern SENTENCE = Pattern.compile("(女职工组织|专项集体合同)覆盖率(?:上升 ([\\d.]+) 个百分点|下降 ([\\d.]+) 个百分点|持平|无法比较)"
			+ "（(.+?)→(.+?)）：(?:新达标|新覆盖) ([\\d,]+) 家.*?，(?:不再达标|不再覆盖) ([\\d,]+) 家(.*?)；已覆盖 ([\\d,]+)→([\\d,]+) 家，"
			+ "有女(?:会员|职工)的基层工会 ([\\d,]+)→([\\d,]+) 家");

	private static final Pattern CITY_STEP = Pattern.compile("(计入|减去)已覆盖 ([\\d,]+) 家");

	private ChangesAudit() {
	}

	/** Audits {@code reports/<period>/}; returns how many sentences were checked. */
	public static int check(Path reports, String period) throws IOException {
		List<Map<String, String>> changes = ChangesFiles.rows(reports.resolve(period).resolve("changes.csv"));
		Map<String, Map<String, String>> now = coverage(reports, period);
		Movement sum = null;
		for (Map<String, String> row : changes) {
			if (row.get("unions_previous").isEmpty()) {
				continue;
			}
			String what = period + " " + row.get("code");
			long covered = n(row, "contract_units_covered_current");
			assertThat(covered).as(what + " identity")
				.isEqualTo(n(row, "contract_units_covered_previous") + n(row, "contract_newly_covered")
						- n(row, "contract_no_longer_covered") + n(row, "contract_covered_added")
						- n(row, "contract_covered_removed"));
			assertThat(n(row, "unions_current") - n(row, "unions_previous")).as(what + " roster")
				.isEqualTo(n(row, "added") - n(row, "removed"));
			if (row.get("level").equals("city")) {
				Map<String, String> before = coverage(reports, row.get("previous_period")).get("city/" + row.get("code"));
				Map<String, String> current = now.get("city/" + row.get("code"));
				assertThat(row.get("contract_units_covered_current")).as(what).isEqualTo(current.get("contract_units_covered"));
				assertThat(row.get("org_units_covered_current")).as(what).isEqualTo(current.get("org_units_covered"));
				assertThat(row.get("contract_units_covered_previous")).as(what).isEqualTo(before.get("contract_units_covered"));
				assertThat(row.get("org_units_covered_previous")).as(what).isEqualTo(before.get("org_units_covered"));
			}
		}
		assertProvinceIsTheSum(changes, period);
		return checkSentences(reports, period, changes, now);
	}

	private static void assertProvinceIsTheSum(List<Map<String, String>> changes, String period) {
		Map<String, String> province = changes.get(0);
		assertThat(province.get("level")).isEqualTo("province");
		List<Map<String, String>> cities = changes.stream()
			.filter((r) -> r.get("level").equals("city") && !r.get("unions_previous").isEmpty())
			.toList();
		for (String column : List.of("unions_previous", "unions_current", "added", "removed", "changed",
				"org_units_covered_previous", "org_units_covered_current", "contract_units_covered_previous",
				"contract_units_covered_current", "contract_newly_covered", "contract_no_longer_covered",
				"contract_covered_added", "contract_covered_removed")) {
			String expected = cities.isEmpty() ? ""
					: Long.toString(cities.stream().mapToLong((r) -> n(r, column)).sum());
			assertThat(province.get(column)).as(period + " province " + column).isEqualTo(expected);
		}
	}

	private static int checkSentences(Path reports, String period, List<Map<String, String>> changes,
			Map<String, Map<String, String>> now) throws IOException {
		String page = Files.readString(reports.resolve(period).resolve("index.html"), StandardCharsets.UTF_8);
		Map<String, String> province = changes.get(0);
		int checked = 0;
		if (!province.get("previous_period").isEmpty()) {
			Map<String, Map<String, String>> before = coverage(reports, province.get("previous_period"));
			checked += sentences(block(page, "changes-province"), before.get("province/440000"),
					now.get("province/440000"), period + " province");
		}
		for (Map<String, String> row : changes) {
			if (row.get("level").equals("city") && !row.get("unions_previous").isEmpty()) {
				Map<String, Map<String, String>> before = coverage(reports, row.get("previous_period"));
				String key = "city/" + row.get("code");
				checked += sentences(block(page, "changes-" + row.get("code")), before.get(key), now.get(key),
						period + " " + row.get("code"));
			}
		}
		return checked;
	}

	/** The paragraphs of the element with this id (the page's sentences hold no markup). */
	private static List<String> block(String page, String id) {
		Matcher block = Pattern.compile("id=\"" + id + "\"(.*?)</(?:div|details)>", Pattern.DOTALL).matcher(page);
		assertThat(block.find()).as(id).isTrue();
		List<String> paragraphs = new java.util.ArrayList<>();
		Matcher p = Pattern.compile("<p>([^<]*)</p>").matcher(block.group(1));
		while (p.find()) {
			paragraphs.add(p.group(1));
		}
		return paragraphs;
	}

	private static int sentences(List<String> paragraphs, Map<String, String> before, Map<String, String> now,
			String what) {
		int checked = 0;
		for (String text : paragraphs) {
			Matcher m = SENTENCE.matcher(text);
			assertThat(m.find()).as(what + ": " + text).isTrue();
			String kind = m.group(1).equals("女职工组织") ? "org_units" : "contract_units";
			long coveredBefore = count(m.group(9));
			long coveredNow = count(m.group(10));
			assertThat(coveredBefore).as(what).isEqualTo(Long.parseLong(before.get(kind + "_covered")));
			assertThat(coveredNow).as(what).isEqualTo(Long.parseLong(now.get(kind + "_covered")));
			assertThat(count(m.group(11))).as(what).isEqualTo(Long.parseLong(before.get(kind + "_denom")));
			assertThat(count(m.group(12))).as(what).isEqualTo(Long.parseLong(now.get(kind + "_denom")));
			assertThat(m.group(4)).as(what).isEqualTo(percent(before.get(kind + "_rate")));
			assertThat(m.group(5)).as(what).isEqualTo(percent(now.get(kind + "_rate")));
			long moved = count(m.group(6)) - count(m.group(7));
			Matcher step = CITY_STEP.matcher(m.group(8));
			while (step.find()) {
				moved += (step.group(1).equals("计入") ? 1 : -1) * count(step.group(2));
			}
			assertThat(coveredBefore + moved).as(what + ": " + text).isEqualTo(coveredNow);
			checked++;
		}
		assertThat(checked).as(what).isEqualTo(2);
		return checked;
	}

	private static String percent(String rate) {
		return rate.isEmpty() ? "无数据"
				: new BigDecimal(rate).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	private static Map<String, Map<String, String>> coverage(Path reports, String period) throws IOException {
		Map<String, Map<String, String>> rows = new HashMap<>();
		for (Map<String, String> row : ChangesFiles.rows(reports.resolve(period).resolve("coverage.csv"))) {
			rows.put(row.get("level") + "/" + row.get("code"), row);
		}
		return rows;
	}

	private static long n(Map<String, String> row, String column) {
		return Long.parseLong(row.get(column));
	}

	private static long count(String text) {
		return Long.parseLong(text.replace(",", ""));
	}
}
