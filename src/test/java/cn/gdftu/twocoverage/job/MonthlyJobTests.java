package cn.gdftu.twocoverage.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import cn.gdftu.twocoverage.cli.MonthlyCommand;
import cn.gdftu.twocoverage.ingest.EmployerId;
import cn.gdftu.twocoverage.ingest.ReturnFiles;
import cn.gdftu.twocoverage.store.Database;

import static cn.gdftu.twocoverage.ingest.ReturnFiles.CONTRACTS;
import static cn.gdftu.twocoverage.ingest.ReturnFiles.ORGANIZATIONS;
import static cn.gdftu.twocoverage.ingest.ReturnFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

/** The monthly job end to end: the real command line on small input trees, checked file by file. */
class MonthlyJobTests {

	static final String COVERAGE_HEADER = "period,level,code,parent_code,name,org_units_denom,org_units_covered,"
			+ "org_units_rate,org_people_denom,org_people_covered,org_people_rate,contract_units_denom,"
			+ "contract_units_covered,contract_units_rate,contract_people_denom,contract_people_covered,"
			+ "contract_people_rate";

	/**
	 * Every figure of a tiny province worked out by hand. Guangzhou (440100) sends seven unions, one of
	 * them rejected, and contracts that test D = 2026-10-31 at its edges; Shenzhen (440300) sends one
	 * union; Foshan (440600) sends organizations.csv alone and is rejected, so its union never counts;
	 * Zhuhai (440400) sends a file that breaks below its first rows, found while reading: rejected whole.
	 */
	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class HandComputed {

		Path root;

		Map<String, Map<String, String>> coverage;

		JobRunner.Outcome outcome;

		@BeforeAll
		void run(@TempDir Path root) throws IOException {
			this.root = root;
			Path period = this.root.resolve("input/2026-10");
			write(period.resolve("440100/organizations.csv"), ORGANIZATIONS + """
					%s,一号厂（委员会，10名女会员）,440103,C,private,40,20,10,committee
					%s,二号厂（10名女会员只有委员）,440103,C,private,30,15,10,commissioner
					%s,三号店（9名女会员有委员）,440103,F,state,20,12,9,commissioner
					%s,四号店（有女职工无女会员）,440104,F,国有,10,8,0,none
					%s,五号厂（没有女职工）,440104,C,外资,5,0,0,无
					%s,六号公司,440104,I,私营,50,30,25,none
					%s,七号（行业无效被拒绝）,440104,Z,private,10,5,5,committee
					""".formatted(id(1), id(2), id(3), id(4), id(5), id(6), id(7)));
			write(period.resolve("440100/contracts.csv"), CONTRACTS + """
					E1,enterprise,%s,2025-01-01,2026-10-31
					E2,enterprise,%s,2026-11-01,2029-10-31
					E3,enterprise,%s,2023-10-31,2026-10-30
					R1,regional,%s,2026-10-31,2029-10-30
					R1,regional,%s,2026-10-31,2029-10-30
					R1,regional,%s,2026-10-31,2029-10-30
					R2,industry,%s,2024-01-01,2027-12-31
					R2,industry,%s,2024-01-01,2027-12-31
					""".formatted(id(1), id(2), id(3), id(3), id(4), id(7), id(4), id(6)));
			write(period.resolve("440300/organizations.csv"), ORGANIZATIONS + """
					%s,深圳八号,440304,C,hmt,9,5,3,committee
					""".formatted(id(8)));
			write(period.resolve("440300/contracts.csv"), CONTRACTS);
			write(period.resolve("440600/organizations.csv"), ORGANIZATIONS + """
					%s,佛山九号,440604,C,private,100,100,100,committee
					""".formatted(id(9)));
			write(period.resolve("440400/organizations.csv"), ORGANIZATIONS + """
					%s,一号厂,440402,C,private,40,20,10,committee
					%s,"二号厂,440402,C,private,30,15,10,committee
					""".formatted(ReturnFiles.id("440402", 1), ReturnFiles.id("440402", 2)));
			write(period.resolve("440400/contracts.csv"), CONTRACTS);
			this.outcome = JobRunner.run("--period", "2026-10", "--input", this.root.resolve("input").toString(),
					"--reports", this.root.resolve("reports").toString());
			this.coverage = Csv.byKey(this.root.resolve("reports/2026-10/coverage.csv"),
					(row) -> row.get("level") + "/" + row.get("code"));
		}

		@Test
		void completesWithExitZeroAndTheExactHeader() throws IOException {
			assertThat(this.outcome.exit()).as(this.outcome.stderr()).isZero();
			assertThat(Csv.header(this.root.resolve("reports/2026-10/coverage.csv"))).isEqualTo(COVERAGE_HEADER);
		}

		@Test
		void province() {
			// Units: org 5 (U1 U2 U3 U6 U8), covered 3 (U1 committee, U3 commissioner with 9, U8 committee).
			// People: 10+10+9+25+3 = 57, covered 10+9+3 = 22. Contracts: 6 with women (U1 U2 U3 U4 U6 U8),
			// covered 4 (U1 expiring on D, U3 effective on D, U4 under two contracts once, U6).
			assertFigures("province/440000", "5,3,0.6000", "57,22,0.3860", "6,4,0.6667", "90,70,0.7778");
		}

		@Test
		void cities() {
			assertFigures("city/440100", "4,2,0.5000", "54,19,0.3519", "5,4,0.8000", "85,70,0.8235");
			assertFigures("city/440300", "1,1,1.0000", "3,3,1.0000", "1,0,0.0000", "5,0,0.0000");
			assertFigures("city/440600", "0,0,", "0,0,", "0,0,", "0,0,");
			assertFigures("city/440400", "0,0,", "0,0,", "0,0,", "0,0,");
		}

		@Test
		void counties() {
			assertFigures("county/440103", "3,2,0.6667", "29,19,0.6552", "3,2,0.6667", "47,32,0.6809");
			assertFigures("county/440104", "1,0,0.0000", "25,0,0.0000", "2,2,1.0000", "38,38,1.0000");
			assertFigures("county/440304", "1,1,1.0000", "3,3,1.0000", "1,0,0.0000", "5,0,0.0000");
			assertThat(this.coverage.get("county/440104").get("parent_code")).isEqualTo("440100");
		}

		@Test
		void industries() {
			assertFigures("industry/C", "3,2,0.6667", "23,13,0.5652", "3,1,0.3333", "40,20,0.5000");
			assertFigures("industry/F", "1,1,1.0000", "9,9,1.0000", "2,2,1.0000", "20,20,1.0000");
			assertFigures("industry/I", "1,0,0.0000", "25,0,0.0000", "1,1,1.0000", "30,30,1.0000");
			assertFigures("industry/Z", null, null, null, null);
		}

		@Test
		void ownerships() {
			assertFigures("ownership/private", "3,1,0.3333", "45,10,0.2222", "3,2,0.6667", "65,50,0.7692");
			assertFigures("ownership/state", "1,1,1.0000", "9,9,1.0000", "2,2,1.0000", "20,20,1.0000");
			assertFigures("ownership/foreign", "0,0,", "0,0,", "0,0,", "0,0,");
			assertFigures("ownership/hmt", "1,1,1.0000", "3,3,1.0000", "1,0,0.0000", "5,0,0.0000");
		}

		@Test
		void rowsInStableOrder() {
			List<String> keys = List.copyOf(this.coverage.keySet());
			assertThat(keys.get(0)).isEqualTo("province/440000");
			assertThat(keys.get(1)).isEqualTo("city/440100");
			assertThat(keys.get(21)).isEqualTo("city/445300");
			assertThat(keys.get(22)).isEqualTo("county/440103");
			assertThat(keys).containsSubsequence("county/441900", "county/442000", "industry/A", "industry/T",
					"ownership/state", "ownership/collective", "ownership/private", "ownership/foreign",
					"ownership/hmt", "ownership/other");
			assertThat(keys).hasSize(1 + 21 + 124 + 20 + 6);
		}

		@Test
		void submissions() throws IOException {
			Map<String, Map<String, String>> submissions = Csv.byKey(
					this.root.resolve("reports/2026-10/submissions.csv"), (row) -> row.get("city_code"));
			assertThat(submissions).hasSize(21);
			assertThat(submissions.get("440100")).containsEntry("status", "submitted")
				.containsEntry("organizations_rows", "7").containsEntry("organizations_accepted", "6")
				.containsEntry("contracts_rows", "8").containsEntry("contracts_accepted", "7")
				.containsEntry("rejected_rows", "2");
			assertThat(submissions.get("440600")).containsEntry("status", "rejected");
			assertThat(submissions.get("440600").get("message")).contains("contracts.csv");
			assertThat(submissions.get("440200")).containsEntry("status", "missing");
		}

		@Test
		void rejectsAreTheCitysToDoList() throws IOException {
			List<Map<String, String>> rejects = Csv.rows(this.root.resolve("reports/2026-10/rejects/440100.csv"));
			assertThat(rejects).extracting((r) -> r.get("file") + ":" + r.get("line") + ":" + r.get("reason"))
				.containsExactly("organizations.csv:8:BAD_INDUSTRY", "contracts.csv:7:UNKNOWN_EMPLOYER");
			assertThat(rejects.get(0)).containsEntry("column", "industry").containsEntry("value", "Z");
			assertThat(rejects.get(0).get("message")).contains("行业门类");
			assertThat(this.root.resolve("reports/2026-10/rejects/440300.csv")).doesNotExist();
		}

		@Test
		void aReturnBrokenMidwayRejectsTheCityAndKeepsNoneOfItsRows() throws IOException {
			Map<String, String> zhuhai = Csv.byKey(this.root.resolve("reports/2026-10/submissions.csv"),
					(row) -> row.get("city_code")).get("440400");
			assertThat(zhuhai).containsEntry("status", "rejected").containsEntry("organizations_accepted", "0");
			assertThat(zhuhai.get("message")).contains("第3行").contains("引号");
			assertThat(this.root.resolve("reports/2026-10/rejects/440400.csv")).doesNotExist();
		}

		@Test
		void expiringListsContractsEndingWithinNinetyDaysOfD() throws IOException {
			List<Map<String, String>> expiring = Csv.rows(this.root.resolve("reports/2026-10/expiring.csv"));
			assertThat(expiring).hasSize(1);
			assertThat(expiring.get(0)).containsEntry("contract_id", "E1").containsEntry("expires_on", "2026-10-31")
				.containsEntry("days_to_expiry", "0").containsEntry("covered_employers", "1")
				.containsEntry("covered_women_employees", "20").containsEntry("county_code", "440103");
		}

		@Test
		void printsALinePerCityAndStepAndASummary() {
			assertThat(this.outcome.stdout()).containsPattern("440100 广州市 +读取 +submitted")
				.containsPattern("440600 佛山市 +检查 +rejected").containsPattern("440200 韶关市 +检查 +missing")
				.containsPattern("\\[2026-10\\] 完成：报送 2 市，未报送 17 市，整份退回 2 市；采用 14 行，拒绝 2 行；"
						+ "全省女职工组织覆盖率 60.0%，专项集体合同覆盖率 66.7%；报告 .*index.html");
		}

		private void assertFigures(String key, String orgUnits, String orgPeople, String contractUnits,
				String contractPeople) {
			if (orgUnits == null) {
				assertThat(this.coverage).doesNotContainKey(key);
				return;
			}
			Map<String, String> row = this.coverage.get(key);
			assertThat(row).as(key).isNotNull();
			assertThat(String.join(",", row.get("org_units_denom"), row.get("org_units_covered"),
					row.get("org_units_rate"))).as(key + " org units").isEqualTo(orgUnits);
			assertThat(String.join(",", row.get("org_people_denom"), row.get("org_people_covered"),
					row.get("org_people_rate"))).as(key + " org people").isEqualTo(orgPeople);
			assertThat(String.join(",", row.get("contract_units_denom"), row.get("contract_units_covered"),
					row.get("contract_units_rate"))).as(key + " contract units").isEqualTo(contractUnits);
			assertThat(String.join(",", row.get("contract_people_denom"), row.get("contract_people_covered"),
					row.get("contract_people_rate"))).as(key + " contract people").isEqualTo(contractPeople);
		}
	}

	/** The shared conformance trees: what must agree exactly, as their README says. */
	@Nested
	class Conformance {

		@Test
		void badReturns() throws IOException {
			SharedRuns.Run bad = SharedRuns.bad();
			assertThat(bad.outcome().exit()).as(bad.outcome().stderr()).isZero();
			assertAgrees("bad", "2026-09", bad.reports());
			assertThat(bad.outcome().stdout()).contains("449999");
		}

		@Test
		void messyReturnsAllPeriods() throws IOException {
			SharedRuns.Run messy = SharedRuns.messy();
			assertThat(messy.outcome().exit()).as(messy.outcome().stderr()).isZero();
			assertAgrees("messy", "2026-09", messy.reports());
			assertAgrees("messy", "2026-10", messy.reports());
			String stdout = messy.outcome().stdout();
			assertThat(stdout.indexOf("[2026-09] 完成")).isLessThan(stdout.indexOf("[2026-10] 完成"));
		}

		private void assertAgrees(String tree, String period, Path reports) throws IOException {
			Path expected = resource("conformance/" + tree + "/expected/" + period);
			Path actual = reports.resolve(period);
			Map<String, Map<String, String>> want = Csv.byKey(expected.resolve("coverage.csv"),
					(row) -> row.get("level") + "/" + row.get("code"));
			Map<String, Map<String, String>> got = Csv.byKey(actual.resolve("coverage.csv"),
					(row) -> row.get("level") + "/" + row.get("code"));
			for (Map.Entry<String, Map<String, String>> row : want.entrySet()) {
				Map<String, String> figures = new HashMap<>(row.getValue());
				figures.keySet().removeAll(List.of("name", "period", "parent_code"));
				assertThat(got.get(row.getKey())).as(period + " " + row.getKey()).containsAllEntriesOf(figures);
			}
			Map<String, Map<String, String>> wantSubmissions = Csv.byKey(expected.resolve("submissions.csv"),
					(row) -> row.get("city_code"));
			Map<String, Map<String, String>> gotSubmissions = Csv.byKey(actual.resolve("submissions.csv"),
					(row) -> row.get("city_code"));
			for (Map.Entry<String, Map<String, String>> city : wantSubmissions.entrySet()) {
				Map<String, String> counts = new HashMap<>(city.getValue());
				counts.keySet().removeAll(List.of("period", "city_name", "message"));
				assertThat(gotSubmissions.get(city.getKey())).as(period + " " + city.getKey())
					.containsAllEntriesOf(counts);
			}
			if (Files.exists(expected.resolve("rejects_summary.csv"))) {
				assertRejects(expected, actual, wantSubmissions);
			}
		}

		private void assertRejects(Path expected, Path actual, Map<String, Map<String, String>> submissions)
				throws IOException {
			Map<String, String> allowed = new TreeMap<>();
			for (Map<String, String> row : Csv.rows(expected.resolve("rejects_summary.csv"))) {
				allowed.put(row.get("city_code") + "/" + row.get("file") + "/" + row.get("line"),
						row.get("allowed_reasons"));
			}
			Map<String, String> got = new TreeMap<>();
			for (String city : submissions.keySet()) {
				Path file = actual.resolve("rejects/" + city + ".csv");
				if (Files.exists(file)) {
					for (Map<String, String> row : Csv.rows(file)) {
						got.put(city + "/" + row.get("file") + "/" + row.get("line"), row.get("reason"));
					}
				}
			}
			assertThat(got.keySet()).isEqualTo(allowed.keySet());
			got.forEach((line, reason) -> assertThat(List.of(allowed.get(line).split("\\|"))).as(line).contains(reason));
		}
	}

	/**
	 * Reruns, each on a copy of a shared conformance run: unchanged input is up to date and writes nothing;
	 * a named period always reprocesses, to the same files; changed input is noticed.
	 */
	@Nested
	class Reruns {

		@TempDir
		Path root;

		@Test
		void unchangedInputIsUpToDateAndWritesNothing() throws IOException {
			SharedRuns.Run messy = SharedRuns.messy().copy(this.root);
			Map<String, byte[]> before = JobRunner.snapshot(messy.reports());
			JobRunner.Outcome second = JobRunner.run("--input", messy.input().toString(), "--reports",
					messy.reports().toString());
			assertThat(second.exit()).isZero();
			assertThat(second.stdout()).contains("[2026-09] 输入未变化，已是最新（up to date）")
				.contains("[2026-10] 输入未变化，已是最新（up to date）").doesNotContain("完成");
			assertThat(JobRunner.snapshot(messy.reports())).isEqualTo(before);
		}

		@Test
		void namedPeriodReprocessesToByteIdenticalFilesAndInputIsUntouched() throws IOException {
			SharedRuns.Run shared = SharedRuns.bad();
			assertThat(JobRunner.snapshot(shared.input())).as("the first run left its input as it was")
				.isEqualTo(JobRunner.snapshot(resource("conformance/bad/input")));
			SharedRuns.Run bad = shared.copy(this.root);
			JobRunner.Outcome again = JobRunner.run("--period", "2026-09", "--input", bad.input().toString(),
					"--reports", bad.reports().toString());
			assertThat(again.stdout()).contains("[2026-09] 完成");
			assertThat(JobRunner.snapshot(bad.period("2026-09"))).isEqualTo(JobRunner.snapshot(shared.period("2026-09")));
			assertThat(JobRunner.snapshot(bad.input())).isEqualTo(JobRunner.snapshot(shared.input()));
		}

		@Test
		void changedInputIsProcessedAgainAndOnlyThatPeriod() throws IOException {
			SharedRuns.Run messy = SharedRuns.messy().copy(this.root);
			Files.delete(messy.input().resolve("2026-10/440100/organizations.csv"));
			JobRunner.Outcome outcome = JobRunner.run("--input", messy.input().toString(), "--reports",
					messy.reports().toString());
			assertThat(outcome.stdout()).contains("[2026-09] 输入未变化").contains("[2026-10] 完成");
			Map<String, Map<String, String>> submissions = Csv.byKey(messy.period("2026-10").resolve("submissions.csv"),
					(row) -> row.get("city_code"));
			assertThat(submissions.get("440100")).containsEntry("status", "rejected");
		}
	}

	/** The job's own failures: one line on standard error and a non-zero exit. */
	@Nested
	class Arguments {

		@TempDir
		Path root;

		@Test
		void noSuchPeriod() throws IOException {
			Files.createDirectories(this.root.resolve("input/2026-10"));
			JobRunner.Outcome outcome = JobRunner.run("--period", "2026-11", "--input",
					this.root.resolve("input").toString(), "--reports", this.root.resolve("reports").toString());
			assertThat(outcome.exit()).isEqualTo(MonthlyCommand.BAD_ARGUMENTS);
			assertThat(outcome.stderr().lines()).hasSize(1).first().asString().contains("2026-11");
		}

		@Test
		void malformedPeriod() {
			JobRunner.Outcome outcome = JobRunner.run("--period", "2026-13", "--input", this.root.toString());
			assertThat(outcome.exit()).isEqualTo(MonthlyCommand.BAD_ARGUMENTS);
			assertThat(outcome.stderr().lines()).hasSize(1);
		}

		@Test
		void unusableDatabase() throws IOException {
			Files.createDirectories(this.root.resolve("input/2026-10"));
			Path db = this.root.resolve("not-a.db");
			Files.write(db, new byte[8192]);
			Files.write(db, "this is no database, just text that fills a page".repeat(200).getBytes());
			JobRunner.Outcome outcome = JobRunner.run("--period", "2026-10", "--input",
					this.root.resolve("input").toString(), "--reports", this.root.resolve("reports").toString(), "--db",
					db.toString());
			assertThat(outcome.exit()).isEqualTo(MonthlyCommand.UNUSABLE);
			assertThat(outcome.stderr().lines()).hasSize(1).first().asString().contains("数据库无法使用");
		}

		@Test
		void aSecondRunOnTheSameDatabaseIsRefusedWhileTheFirstHoldsIt() throws IOException {
			Files.createDirectories(this.root.resolve("input/2026-10"));
			Path reports = this.root.resolve("reports");
			Files.createDirectories(reports);
			try (Database.RunLock held = Workspace.lock(reports.resolve("two-coverage.db"))) {
				assertThat(held).isNotNull();
				JobRunner.Outcome outcome = JobRunner.run("--period", "2026-10", "--input",
						this.root.resolve("input").toString(), "--reports", reports.toString());
				assertThat(outcome.exit()).isEqualTo(MonthlyCommand.UNUSABLE);
				assertThat(outcome.stderr()).contains("另一个作业正在使用这个数据库");
			}
			try (Database.RunLock again = Workspace.lock(reports.resolve("two-coverage.db"))) {
				assertThat(again).as("free again once released, though the lock file stays").isNotNull();
			}
		}

		@Test
		void reportsInsideInputAreRefused() throws IOException {
			Files.createDirectories(this.root.resolve("input/2026-10"));
			JobRunner.Outcome outcome = JobRunner.run("--period", "2026-10", "--input",
					this.root.resolve("input").toString(), "--reports", this.root.resolve("input/reports").toString());
			assertThat(outcome.exit()).isEqualTo(MonthlyCommand.UNUSABLE);
			assertThat(this.root.resolve("input/reports")).doesNotExist();
		}
	}

	static String id(int n) {
		return ReturnFiles.id("440103", n);
	}


	static Path resource(String name) {
		return Path.of("src/test/resources").resolve(name);
	}

	static Path copyResource(String name, Path target) throws IOException {
		return JobRunner.copyResource(name, target);
	}
}
