package cn.gdftu.twocoverage.changes;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.job.JobRunner;
import cn.gdftu.twocoverage.reference.ReferenceData;

import static cn.gdftu.twocoverage.ingest.ReturnFiles.CONTRACTS;
import static cn.gdftu.twocoverage.ingest.ReturnFiles.ORGANIZATIONS;
import static cn.gdftu.twocoverage.ingest.ReturnFiles.id;
import static cn.gdftu.twocoverage.ingest.ReturnFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * SPEC §11 on a hand-made province of three months, every count worked out by hand below.
 *
 * <p>Guangzhou 440100 sends 2026-09 and 2026-10. Of its 15 unions of September, g5 (covered) and g6
 * (under contract but with no women employees, so not counted as covered) leave; a1 (own contract)
 * and a2 (joins regional R1) arrive covered, a3, a4 (its contract expired before D) and a5 (no women)
 * arrive uncovered. In both months: g1, g7, g8 stay covered; g3 is newly covered; g2 loses cover
 * because C2 expired on 2026-10-15 (and is no longer sent: not flagged), g4 because C4, running to
 * 2027, vanished. Changed, one field each: g4 women_org, g7 county, g8 industry, g9 ownership, g10
 * employees (and women counts, all exactly tenfold: under the threshold), g11 employees (more than
 * tenfold), g12 women_employees (more than tenfold), g13 and g14 women_org committee to none with
 * 10 and 9 women members, g15 women_members 2 to 21. Unions: 15 to 18, exactly +20 %: not flagged.
 *
 * <p>Shenzhen 440300 sends 2026-08, is missing in 2026-09 and sends 2026-10 with 3 of its 5 unions:
 * compared with August, -40 %, flagged. Foshan 440600 sends 2026-09 and is rejected in 2026-10;
 * Zhuhai 440400 sends for the first time in 2026-10.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangesTests {

	static final String HEADER = "period,previous_period,level,code,name,unions_previous,unions_current,added,removed,"
			+ "changed,org_units_covered_previous,org_units_covered_current,contract_units_covered_previous,"
			+ "contract_units_covered_current,contract_newly_covered,contract_no_longer_covered,"
			+ "contract_covered_added,contract_covered_removed";

	Path root;

	JobRunner.Outcome outcome;

	@BeforeAll
	void run(@TempDir Path root) throws IOException {
		this.root = root;
		Path input = root.resolve("input");
		write(input.resolve("2026-08/440300/organizations.csv"), ORGANIZATIONS + """
				%s,s1,440304,C,private,10,5,3,committee
				%s,s2,440304,C,private,10,5,3,commissioner
				%s,s3,440304,C,private,10,5,3,none
				%s,s4,440304,C,private,10,5,3,committee
				%s,s5,440304,C,private,10,5,3,commissioner
				""".formatted(sz(1), sz(2), sz(3), sz(4), sz(5)));
		write(input.resolve("2026-08/440300/contracts.csv"), CONTRACTS + """
				SZ1,enterprise,%s,2025-01-01,2027-12-31
				SZ4,enterprise,%s,2025-01-01,2026-08-31
				""".formatted(sz(1), sz(4)));
		write(input.resolve("2026-09/440100/organizations.csv"), ORGANIZATIONS + """
				%s,g1,440103,C,private,40,20,10,committee
				%s,g2,440103,C,private,30,15,12,committee
				%s,g3,440103,F,state,20,10,5,commissioner
				%s,g4,440104,F,state,10,5,2,none
				%s,g5,440104,C,private,25,10,10,committee
				%s,g6,440104,I,private,8,0,0,none
				%s,g7,440103,C,private,50,30,20,committee
				%s,g8,440103,C,private,60,30,20,committee
				%s,g9,440103,C,private,12,6,3,commissioner
				%s,g10,440103,C,private,10,5,3,commissioner
				%s,g11,440103,C,private,10,4,0,none
				%s,g12,440103,C,private,40,3,2,commissioner
				%s,g13,440103,C,private,30,20,10,committee
				%s,g14,440103,C,private,30,20,9,committee
				%s,g15,440103,C,private,40,10,2,commissioner
				""".formatted(gz(1), gz(2), gz(3), gz(4), gz(5), gz(6), gz(7), gz(8), gz(9), gz(10), gz(11), gz(12),
				gz(13), gz(14), gz(15)));
		write(input.resolve("2026-09/440100/contracts.csv"), CONTRACTS + """
				C1,enterprise,%s,2025-01-01,2027-12-31
				C2,enterprise,%s,2024-01-01,2026-10-15
				C4,enterprise,%s,2025-06-01,2027-05-31
				C5,enterprise,%s,2025-01-01,2028-12-31
				C8,enterprise,%s,2025-01-01,2027-12-31
				R1,regional,%s,2026-01-01,2028-12-31
				R1,regional,%s,2026-01-01,2028-12-31
				""".formatted(gz(1), gz(2), gz(4), gz(5), gz(6), gz(7), gz(8)));
		write(input.resolve("2026-09/440600/organizations.csv"), ORGANIZATIONS + """
				%s,f1,440604,C,private,10,5,5,committee
				""".formatted(fs(1)));
		write(input.resolve("2026-09/440600/contracts.csv"), CONTRACTS + """
				FS1,enterprise,%s,2025-01-01,2027-12-31
				""".formatted(fs(1)));
		write(input.resolve("2026-10/440100/organizations.csv"), ORGANIZATIONS + """
				%s,g1,440103,C,private,40,20,10,committee
				%s,g2,440103,C,private,30,15,12,committee
				%s,g3,440103,F,state,20,10,5,commissioner
				%s,g4,440104,F,state,10,5,2,commissioner
				%s,g7,440104,C,private,50,30,20,committee
				%s,g8,440103,F,private,60,30,20,committee
				%s,g9,440103,C,state,12,6,3,commissioner
				%s,g10,440103,C,private,100,50,30,committee
				%s,g11,440103,C,private,101,4,0,none
				%s,g12,440103,C,private,40,31,2,commissioner
				%s,g13,440103,C,private,30,20,10,none
				%s,g14,440103,C,private,30,20,9,none
				%s,g15,440103,C,private,40,30,21,committee
				%s,a1,440103,C,private,30,12,4,commissioner
				%s,a2,440104,C,private,20,8,0,none
				%s,a3,440104,C,private,15,6,1,none
				%s,a4,440104,C,private,15,6,0,none
				%s,a5,440104,C,private,5,0,0,none
				""".formatted(gz(1), gz(2), gz(3), gz(4), gz(7), gz(8), gz(9), gz(10), gz(11), gz(12), gz(13), gz(14),
				gz(15), gz(101), gz(102), gz(103), gz(104), gz(105)));
		write(input.resolve("2026-10/440100/contracts.csv"), CONTRACTS + """
				C1,enterprise,%s,2025-01-01,2027-12-31
				C3,enterprise,%s,2026-10-01,2029-09-30
				R1,regional,%s,2026-01-01,2028-12-31
				R1,regional,%s,2026-01-01,2028-12-31
				R1,regional,%s,2026-01-01,2028-12-31
				C6,enterprise,%s,2026-10-01,2029-09-30
				C7,enterprise,%s,2023-01-01,2026-09-30
				""".formatted(gz(1), gz(3), gz(7), gz(8), gz(102), gz(101), gz(104)));
		write(input.resolve("2026-10/440300/organizations.csv"), ORGANIZATIONS + """
				%s,s1,440304,C,private,10,5,3,committee
				%s,s2,440304,C,private,10,5,3,commissioner
				%s,s3,440304,C,private,10,5,3,none
				""".formatted(sz(1), sz(2), sz(3)));
		write(input.resolve("2026-10/440300/contracts.csv"), CONTRACTS + """
				SZ1,enterprise,%s,2025-01-01,2027-12-31
				""".formatted(sz(1)));
		// Rejected whole: organizations.csv without contracts.csv.
		write(input.resolve("2026-10/440600/organizations.csv"), ORGANIZATIONS + """
				%s,f1,440604,C,private,10,5,5,committee
				""".formatted(fs(1)));
		write(input.resolve("2026-10/440400/organizations.csv"), ORGANIZATIONS + """
				%s,z1,440402,C,private,10,4,4,committee
				""".formatted(id("440402", 1)));
		write(input.resolve("2026-10/440400/contracts.csv"), CONTRACTS + """
				ZH1,enterprise,%s,2026-01-01,2028-12-31
				""".formatted(id("440402", 1)));
		this.outcome = JobRunner.run("--input", input.toString(), "--reports", root.resolve("reports").toString(),
				"--db", root.resolve("x.db").toString());
	}

	static String gz(int n) {
		return id("440103", n);
	}

	static String sz(int n) {
		return id("440304", n);
	}

	static String fs(int n) {
		return id("440604", n);
	}

	@Nested
	class ChangesCsv {

		@Test
		void everyCountOfTheSecondMonth() throws IOException {
			assertThat(ChangesTests.this.outcome.exit()).as(ChangesTests.this.outcome.stderr()).isZero();
			assertThat(ChangesFiles.lines(changes("2026-10"))).containsExactly(HEADER,
					"2026-10,2026-09,province,440000,广东省,20,21,5,4,10,16,13,8,7,1,2,2,2",
					"2026-10,2026-09,city,440100,广州市,15,18,5,2,10,12,11,6,6,1,2,2,1",
					"2026-10,,city,440200,韶关市,,,,,,,,,,,,,",
					"2026-10,2026-08,city,440300,深圳市,5,3,0,2,0,4,2,2,1,0,0,0,1",
					"2026-10,,city,440400,珠海市,,,,,,,,,,,,,",
					"2026-10,,city,440500,汕头市,,,,,,,,,,,,,",
					"2026-10,2026-09,city,440600,佛山市,,,,,,,,,,,,,",
					"2026-10,,city,440700,江门市,,,,,,,,,,,,,",
					"2026-10,,city,440800,湛江市,,,,,,,,,,,,,",
					"2026-10,,city,440900,茂名市,,,,,,,,,,,,,",
					"2026-10,,city,441200,肇庆市,,,,,,,,,,,,,",
					"2026-10,,city,441300,惠州市,,,,,,,,,,,,,",
					"2026-10,,city,441400,梅州市,,,,,,,,,,,,,",
					"2026-10,,city,441500,汕尾市,,,,,,,,,,,,,",
					"2026-10,,city,441600,河源市,,,,,,,,,,,,,",
					"2026-10,,city,441700,阳江市,,,,,,,,,,,,,",
					"2026-10,,city,441800,清远市,,,,,,,,,,,,,",
					"2026-10,,city,441900,东莞市,,,,,,,,,,,,,",
					"2026-10,,city,442000,中山市,,,,,,,,,,,,,",
					"2026-10,,city,445100,潮州市,,,,,,,,,,,,,",
					"2026-10,,city,445200,揭阳市,,,,,,,,,,,,,",
					"2026-10,,city,445300,云浮市,,,,,,,,,,,,,");
		}

		@Test
		void aMonthWhereNoCityHasAnEarlierSubmission() throws IOException {
			List<String> lines = ChangesFiles.lines(changes("2026-09"));
			assertThat(lines).contains("2026-09,2026-08,province,440000,广东省,,,,,,,,,,,,,",
					"2026-09,,city,440100,广州市,,,,,,,,,,,,,",
					// Missing this month: its last submitted month is named, with no counts.
					"2026-09,2026-08,city,440300,深圳市,,,,,,,,,,,,,",
					"2026-09,,city,440600,佛山市,,,,,,,,,,,,,");
		}

		@Test
		void theFirstStoredPeriodHasNothingToCompareWith() throws IOException {
			assertThat(ChangesFiles.lines(changes("2026-08"))).hasSize(23)
				.contains("2026-08,,province,440000,广东省,,,,,,,,,,,,,", "2026-08,,city,440300,深圳市,,,,,,,,,,,,,");
		}
	}

	@Nested
	class Report {

		@Test
		void theProvinceSentencesAddUpToCoverageCsv() throws IOException {
			// coverage.csv: September 7 of 15 covered by contracts (Guangzhou 6/14, Foshan 1/1), October 8 of 21
			// (Guangzhou 6/17, Shenzhen 1/3, Zhuhai 1/1); organisations 13 of 14 (Guangzhou 12/13) and 14 of 18.
			String page = page("2026-10");
			assertThat(page).contains("全省 · 与2026年9月相比，两期都报送的 1 个市逐家比较");
			assertThat(page).contains("专项集体合同覆盖率下降 8.6 个百分点（46.7%→38.1%）：新覆盖 3 家（其中新建工会 2 家），"
					+ "不再覆盖 3 家（其中合同到期未续签 1 家、合同未到期而不再覆盖 1 家、工会退出台账 1 家），"
					+ "本期新计入深圳市、珠海市，计入已覆盖 2 家，本期未计入佛山市，减去已覆盖 1 家；"
					+ "已覆盖 7→8 家，有女职工的基层工会 15→21 家（净增 6 家）。");
			assertThat(page).contains("女职工组织覆盖率下降 15.1 个百分点（92.9%→77.8%）：新达标 2 家（其中新建工会 1 家），"
					+ "不再达标 3 家（其中女职工组织不再符合要求 2 家、工会退出台账 1 家），"
					+ "本期新计入深圳市、珠海市，计入已覆盖 3 家，本期未计入佛山市，减去已覆盖 1 家；"
					+ "已覆盖 13→14 家，有女会员的基层工会 14→18 家（净增 4 家）。");
		}

		@Test
		void eachCityIsComparedWithItsOwnLastSubmittedMonth() throws IOException {
			String page = page("2026-10");
			assertThat(page).contains("与2026年9月相比</span>");
			assertThat(page).contains("2026年9月未报送，与最近一次报送的2026年8月相比");
			assertThat(page).contains("专项集体合同覆盖率下降 6.7 个百分点（40.0%→33.3%）：新覆盖 0 家，"
					+ "不再覆盖 1 家（其中工会退出台账 1 家）；已覆盖 2→1 家，有女职工的基层工会 5→3 家（净减 2 家）。");
			assertThat(page).contains("此前没有报送过，本期为首次报送，没有可比较的月份。");
			assertThat(page).contains("本期报送被整份退回，不作比较。");
			assertThat(page("2026-08")).contains("这是库中最早的统计期，没有可比较的月份");
		}

		@Test
		void theWaterfallIsWrittenBesideTheOtherCharts() {
			Path charts = ChangesTests.this.root.resolve("reports/2026-10/charts");
			assertThat(charts.resolve("contract-movement.png")).isNotEmptyFile();
			assertThat(charts.resolve("contract-movement.svg")).isNotEmptyFile();
		}
	}

	@Nested
	class Reviews {

		/**
		 * SPEC §12 in the job's output for returns that came as files: the same rules over the job's own
		 * comparison. Shenzhen: 5 to 3 unions (ROSTER_CHANGE), organisation coverage 4/5 = 80 % to 2/3 =
		 * 66.7 % and contract coverage 2/5 = 40 % to 1/3 = 33.3 % (two RATE_DROPs). Guangzhou: the report's
		 * four unusual unions (one count or the committee each) and its three vanished contracts, and both
		 * rates down by more than 5 points (organisation 12 → 11 covered of a larger roster, contract 6 → 6
		 * of a roster 15 → 18). Shaoguan sent nothing: empty status.
		 */
		@Test
		void reviewsCsvHasEveryCityWithItsStatusAndWarnings() throws IOException {
			Path file = ChangesTests.this.root.resolve("reports/2026-10/reviews.csv");
			String text = Files.readString(file, StandardCharsets.UTF_8);
			assertThat(text).startsWith("\uFEFFperiod,city_code,city_name,version,review_status,warnings,explained,"
					+ "decision_by,decision_at,reason\r\n");
			assertThat(text.split("\r\n")).hasSize(22)
				.contains("2026-10,440300,深圳市,,as_files,3,0,,,", "2026-10,440200,韶关市,,,0,0,,,",
						"2026-10,440100,广州市,,as_files,9,0,,,");
			assertThat(page("2026-10")).contains("id=\"reviews\"", "基层工会数由上期（2026-08）的 5 个变为 3 个");
		}
	}

	@Nested
	class Flags {

		@Test
		void withTheDefaultThresholds() {
			PeriodChanges changes = changes(ChangeThresholds.DEFAULTS);
			// Shenzhen 5 to 3 (-40 %) trips; Guangzhou 15 to 18 (exactly +20 %) does not.
			assertThat(changes.rosterJumps()).containsExactly(new RosterJump("440300", "2026-08", 5, 3));
			// g10 changed exactly tenfold in all three counts, g14 has 9 women members: neither is listed.
			assertThat(changes.unusualUnions()).extracting(UnusualUnion::employerName)
				.containsExactly("g11", "g12", "g13", "g15");
			assertThat(changes.unusualUnions()).extracting(UnusualUnion::employeesJump,
					UnusualUnion::womenEmployeesJump, UnusualUnion::womenMembersJump, UnusualUnion::committeeDropped)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(true, false, false, false),
						org.assertj.core.groups.Tuple.tuple(false, true, false, false),
						org.assertj.core.groups.Tuple.tuple(false, false, false, true),
						org.assertj.core.groups.Tuple.tuple(false, false, true, false));
			// C2 expired on 2026-10-15 and SZ4 on 2026-08-31, before D: gone for a reason, not listed.
			assertThat(changes.vanishedContracts()).extracting(VanishedContract::contractId)
				.containsExactly("C4", "C5", "C8");
			assertThat(changes.vanishedContracts().get(0).employersStillListed()).isEqualTo(1);
			assertThat(changes.vanishedContracts().get(1).employersStillListed()).isZero();
		}

		@Test
		void lowerThresholdsCatchTheCasesJustUnder() {
			PeriodChanges changes = changes(new ChangeThresholds(new BigDecimal("0.19"), 9, 9));
			assertThat(changes.rosterJumps()).extracting(RosterJump::cityCode).containsExactly("440100", "440300");
			assertThat(changes.unusualUnions()).extracting(UnusualUnion::employerName)
				.containsExactly("g10", "g11", "g12", "g13", "g14", "g15");
			UnusualUnion g10 = changes.unusualUnions().get(0);
			assertThat(List.of(g10.employeesJump(), g10.womenEmployeesJump(), g10.womenMembersJump()))
				.containsOnly(true);
		}

		@Test
		void theReportListsThemWithTheThresholds() throws IOException {
			String page = page("2026-10");
			assertThat(page).contains("需要核实的变化（8 项）");
			assertThat(page).contains("基层工会数减少超过 20%", "2026年8月 5 家 → 本期 3 家（-40.0%）");
			assertThat(page).contains("职工人数 10 → 101", "女职工人数 3 → 31", "女会员人数 2 → 21");
			assertThat(page).contains("女职工委员会不再填报");
			assertThat(page).contains("有效期 2025-06-01 至 2027-05-31，上期覆盖 1 家（均仍在台账），如g4");
		}

		private PeriodChanges changes(ChangeThresholds thresholds) {
			Jdbi jdbi = ChangesFiles.database(ChangesTests.this.root.resolve("x.db"));
			ChangeCalculator calculator = new ChangeCalculator(jdbi.onDemand(ChangeStore.class),
					ReferenceData.bundled(), thresholds);
			return calculator.changes(Period.parse("2026-10"), ChangesFiles.publishedLoad(jdbi, "2026-10"));
		}
	}

	@Nested
	class Thresholds {

		@Test
		void aRosterJumpsWhenItMovesByMoreThanTheShare() {
			ChangeThresholds t = ChangeThresholds.DEFAULTS;
			assertThat(t.rosterJumped(100, 120)).isFalse();
			assertThat(t.rosterJumped(100, 121)).isTrue();
			assertThat(t.rosterJumped(100, 80)).isFalse();
			assertThat(t.rosterJumped(100, 79)).isTrue();
			assertThat(t.rosterJumped(0, 1)).isTrue();
			assertThat(t.rosterJumped(0, 0)).isFalse();
		}

		@Test
		void nonsenseSettingsAreRefusedWithTheirName() {
			assertThatIllegalArgumentException().isThrownBy(() -> new ChangeThresholds(BigDecimal.ZERO, 10, 10))
				.withMessageContaining("two-coverage.changes.roster-change");
			assertThatIllegalArgumentException().isThrownBy(() -> new ChangeThresholds(new BigDecimal("0.2"), 1, 10))
				.withMessageContaining("two-coverage.changes.head-count-factor");
		}
	}

	private Path changes(String period) {
		return this.root.resolve("reports").resolve(period).resolve("changes.csv");
	}

	private String page(String period) throws IOException {
		return Files.readString(this.root.resolve("reports").resolve(period).resolve("index.html"),
				StandardCharsets.UTF_8);
	}
}
