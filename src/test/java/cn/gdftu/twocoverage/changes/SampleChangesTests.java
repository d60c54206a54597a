package cn.gdftu.twocoverage.changes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.job.SharedRuns;
import cn.gdftu.twocoverage.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed sample under {@code input/}: each month's report lists exactly the unusual changes its
 * generator planted ({@code input/planted-changes.csv}), under the right month and kind, and no other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleChangesTests {

	static final List<String> PERIODS = List.of("2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10");

	static final Path INPUT = Path.of("input");

	SharedRuns.Run sample;

	@BeforeAll
	void run() {
		this.sample = SharedRuns.sample();
		assertThat(this.sample.outcome().exit()).as(this.sample.outcome().stderr()).isZero();
	}

	@Test
	void everyPlantedChangeIsFlaggedInItsMonthAsItsKindAndNothingElse() throws IOException {
		Set<String> planted = planted();
		assertThat(planted).as("a few changes, of every kind").hasSizeGreaterThanOrEqualTo(6);
		assertThat(planted).anyMatch((p) -> p.contains(",ROSTER_SHRANK,"))
			.anyMatch((p) -> p.contains(",ROSTER_GREW,"))
			.anyMatch((p) -> p.contains(",EMPLOYEES,"))
			.anyMatch((p) -> p.contains(",COMMITTEE_DROPPED,"))
			.anyMatch((p) -> p.contains(",CONTRACT_VANISHED,"));
		Jdbi jdbi = ChangesFiles.database(this.sample.reports().resolve("two-coverage.db"));
		ChangeCalculator calculator = new ChangeCalculator(jdbi.onDemand(ChangeStore.class), ReferenceData.bundled(),
				ChangeThresholds.DEFAULTS);
		Set<String> flagged = new TreeSet<>();
		for (String period : PERIODS) {
			PeriodChanges changes = calculator.changes(Period.parse(period), ChangesFiles.publishedLoad(jdbi, period));
			for (RosterJump jump : changes.rosterJumps()) {
				String kind = (jump.unionsCurrent() < jump.unionsPrevious()) ? "ROSTER_SHRANK" : "ROSTER_GREW";
				flagged.add(period + "," + jump.cityCode() + "," + kind + ",");
			}
			for (UnusualUnion u : changes.unusualUnions()) {
				String union = period + "," + u.cityCode() + ",%s," + u.employerId();
				add(flagged, u.employeesJump(), union.formatted("EMPLOYEES"));
				add(flagged, u.womenEmployeesJump(), union.formatted("WOMEN_EMPLOYEES"));
				add(flagged, u.womenMembersJump(), union.formatted("WOMEN_MEMBERS"));
				add(flagged, u.committeeDropped(), union.formatted("COMMITTEE_DROPPED"));
			}
			for (VanishedContract c : changes.vanishedContracts()) {
				flagged.add(period + "," + c.cityCode() + ",CONTRACT_VANISHED," + c.contractId());
			}
		}
		assertThat(flagged).isEqualTo(planted);
	}

	@Test
	void eachMonthsReportCountsAndNamesThem() throws IOException {
		Set<String> planted = planted();
		assertThat(page("2026-05")).contains("这是库中最早的统计期，没有可比较的月份");
		for (String period : PERIODS.subList(1, PERIODS.size())) {
			List<String[]> month = planted.stream()
				.filter((p) -> p.startsWith(period))
				.map((p) -> p.split(",", -1))
				.toList();
			String page = page(period);
			assertThat(page).as(period).contains("需要核实的变化（" + month.size() + " 项）");
			for (String[] change : month) {
				assertThat(page).as(period).contains(switch (change[2]) {
					case "ROSTER_SHRANK" -> "基层工会数减少超过 20%";
					case "ROSTER_GREW" -> "基层工会数增加超过 20%";
					case "EMPLOYEES" -> "人数变化超过 10 倍";
					case "COMMITTEE_DROPPED" -> "女职工委员会不再填报";
					default -> "合同未到期即不再报送";
				});
				assertThat(page).as(period).contains(change[3]);
			}
		}
	}

	private static void add(Set<String> flagged, boolean tripped, String flag) {
		if (tripped) {
			flagged.add(flag);
		}
	}

	/** {@code period,city_code,kind,subject} of each planted change; a roster's subject (the county) left out. */
	private static Set<String> planted() throws IOException {
		Set<String> planted = new TreeSet<>();
		List<String> lines = Files.readAllLines(INPUT.resolve("planted-changes.csv"), StandardCharsets.UTF_8);
		assertThat(lines.get(0)).isEqualTo("period,city_code,kind,subject,note");
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",", -1);
			assertThat(cells).as(line).hasSize(5);
			boolean roster = cells[2].startsWith("ROSTER_");
			planted.add(cells[0] + "," + cells[1] + "," + cells[2] + "," + (roster ? "" : cells[3]));
		}
		return planted;
	}

	private String page(String period) throws IOException {
		return Files.readString(this.sample.period(period).resolve("index.html"),
				StandardCharsets.UTF_8);
	}
}
