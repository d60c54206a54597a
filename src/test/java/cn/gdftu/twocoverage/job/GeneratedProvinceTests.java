package cn.gdftu.twocoverage.job;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import cn.gdftu.twocoverage.sample.DressMode;
import cn.gdftu.twocoverage.sample.SampleDataGenerator;
import cn.gdftu.twocoverage.sample.SampleSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated province of tens of thousands of unions, in mixed dress with bad rows and a missing
 * city, through the same code path as the benchmark: the figures add up at every level, and a
 * second run of the period gives the same files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedProvinceTests {

	static final List<String> FIGURES = List.of("org_units_denom", "org_units_covered", "org_people_denom",
			"org_people_covered", "contract_units_denom", "contract_units_covered", "contract_people_denom",
			"contract_people_covered");

	Path root;

	List<Map<String, String>> coverage;

	@BeforeAll
	void run(@TempDir Path root) throws IOException {
		this.root = root;
		SampleDataGenerator.generate(new SampleSpec(root.resolve("input"), List.of(YearMonth.of(2026, 10)), 40_000,
				7, DressMode.MIXED, true, Set.of("445300@2026-10")));
		JobRunner.Outcome outcome = JobRunner.run("--period", "2026-10", "--input", root.resolve("input").toString(),
				"--reports", root.resolve("reports").toString());
		assertThat(outcome.exit()).as(outcome.stderr()).isZero();
		this.coverage = Csv.rows(root.resolve("reports/2026-10/coverage.csv"));
	}

	@Nested
	class Identities {

		@Test
		void citiesSumToTheProvince() {
			assertSums((row) -> row.get("level").equals("city"), province());
		}

		@Test
		void countiesSumToTheirCity() {
			for (Map<String, String> city : rows("city")) {
				assertSums((row) -> row.get("level").equals("county") && row.get("parent_code").equals(city.get("code")),
						city);
			}
		}

		@Test
		void industriesSumToTheProvince() {
			assertSums((row) -> row.get("level").equals("industry"), province());
		}

		@Test
		void ownershipsSumToTheProvince() {
			assertSums((row) -> row.get("level").equals("ownership"), province());
		}

		@Test
		void theProvinceIsLargeAndTheMissingCityCountsNothing() {
			assertThat(Long.parseLong(province().get("contract_units_denom"))).isGreaterThan(30_000);
			Map<String, String> yunfu = rows("city").stream().filter((row) -> row.get("code").equals("445300"))
				.findFirst().orElseThrow();
			assertThat(yunfu.get("org_units_denom")).isEqualTo("0");
			assertThat(yunfu.get("org_units_rate")).isEmpty();
		}
	}

	@Test
	void aSecondRunGivesTheSameFiles() throws IOException {
		Map<String, byte[]> first = JobRunner.snapshot(this.root.resolve("reports/2026-10"));
		assertThat(JobRunner.run("--period", "2026-10", "--input", this.root.resolve("input").toString(), "--reports",
				this.root.resolve("reports").toString()).exit()).isZero();
		assertThat(JobRunner.snapshot(this.root.resolve("reports/2026-10"))).isEqualTo(first);
	}

	private Map<String, String> province() {
		return rows("province").get(0);
	}

	private List<Map<String, String>> rows(String level) {
		return this.coverage.stream().filter((row) -> row.get("level").equals(level)).toList();
	}

	private void assertSums(Predicate<Map<String, String>> parts, Map<String, String> whole) {
		List<Map<String, String>> selected = this.coverage.stream().filter(parts).toList();
		assertThat(selected).isNotEmpty();
		for (String figure : FIGURES) {
			long sum = selected.stream().mapToLong((row) -> Long.parseLong(row.get(figure))).sum();
			assertThat(sum).as(whole.get("level") + " " + whole.get("code") + " " + figure)
				.isEqualTo(Long.parseLong(whole.get(figure)));
		}
	}
}
