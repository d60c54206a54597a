package cn.gdftu.twocoverage.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gdftu.twocoverage.job.Csv;
import cn.gdftu.twocoverage.job.SharedRuns;
import cn.gdftu.twocoverage.job.JobRunner;

/** The city's self-check: exit codes, what it prints, and that it rejects what the monthly job rejects. */
class ValidateCommandTests {

	@TempDir
	Path root;

	@Nested
	class ExitCodes {

		@Test
		void cleanReturnIsZero() throws IOException {
			Path city = JobRunner.copyResource("conformance/bad/input/2026-09/440700", root.resolve("440700"));
			JobRunner.Outcome outcome = JobRunner.run("validate", city.toString());
			assertThat(outcome.exit()).as(outcome.stderr()).isEqualTo(ValidateCommand.CLEAN);
			assertThat(outcome.stdout()).contains("江门市").contains("没有错误行").contains("读取 56 行，采用 56 行")
				.contains("跳过标题行或合计行 4 行");
		}

		@Test
		void badRowsAreOneAndListedWithLineColumnValueAndAdvice() throws IOException {
			Path city = JobRunner.copyResource("conformance/bad/input/2026-09/440100", root.resolve("440100"));
			Map<String, byte[]> before = JobRunner.snapshot(city);
			JobRunner.Outcome outcome = JobRunner.run("validate", city.toString());
			assertThat(outcome.exit()).isEqualTo(ValidateCommand.ROWS_REJECTED);
			assertThat(outcome.stdout()).contains("有 7 行会被拒绝")
				.contains("organizations.csv 第31行 ownership=「public」：经济类型无效，请填写国有")
				.contains("contracts.csv 第130行").contains("DUPLICATE_ROW").contains("与第125行相同");
			assertThat(JobRunner.snapshot(city)).as("the checked folder is untouched").isEqualTo(before);
		}

		@Test
		void wholeReturnRejectedIsTwoWithTheReason() throws IOException {
			Path city = JobRunner.copyResource("conformance/bad/input/2026-09/441300", root.resolve("441300"));
			JobRunner.Outcome outcome = JobRunner.run("validate", city.toString());
			assertThat(outcome.exit()).isEqualTo(ValidateCommand.RETURN_REJECTED);
			assertThat(outcome.stdout()).contains("整份报送将被退回").contains("缺少必需的列：expires_on");
		}

		@Test
		void cityCodeFromOptionWhenTheFolderIsNamedOtherwise() throws IOException {
			Path city = JobRunner.copyResource("conformance/bad/input/2026-09/440700", root.resolve("江门十月"));
			assertThat(JobRunner.run("validate", city.toString()).exit()).isEqualTo(ValidateCommand.CANNOT_CHECK);
			assertThat(JobRunner.run("validate", city.toString(), "--city", "440700").exit())
				.isEqualTo(ValidateCommand.CLEAN);
		}

		@Test
		void missingFolderCannotBeChecked() {
			JobRunner.Outcome outcome = JobRunner.run("validate", root.resolve("nowhere").toString());
			assertThat(outcome.exit()).isEqualTo(ValidateCommand.CANNOT_CHECK);
			assertThat(outcome.stderr().lines()).hasSize(1);
		}

		@Test
		void rejectsFileIsNeverWrittenIntoTheCheckedFolder() throws IOException {
			Path city = JobRunner.copyResource("conformance/bad/input/2026-09/440100", root.resolve("440100"));
			JobRunner.Outcome outcome = JobRunner.run("validate", city.toString(), "--rejects",
					city.resolve("rejects.csv").toString());
			assertThat(outcome.exit()).isEqualTo(ValidateCommand.CANNOT_CHECK);
			assertThat(city.resolve("rejects.csv")).doesNotExist();
		}
	}

	@Nested
	class Templates {

		@Test
		void chineseAndEnglishTemplatesPassAsTheyAre() {
			for (String folder : List.of("templates", "templates/en", "templates/xlsx")) {
				JobRunner.Outcome outcome = JobRunner.run("validate", folder, "--city", "440100");
				assertThat(outcome.exit()).as(folder + ": " + outcome.stdout()).isEqualTo(ValidateCommand.CLEAN);
				assertThat(outcome.stdout()).contains("读取 1 行，采用 1 行");
			}
			assertThat(JobRunner.run("validate", "templates/xlsx", "--city", "440100").stdout())
				.as("which source was read for each table")
				.contains("基层工会台账 两个覆盖月报模板.xlsx[基层工会台账]：读取 1 行")
				.contains("专项集体合同 两个覆盖月报模板.xlsx[专项集体合同]：读取 1 行");
		}

		@Test
		void templatesAreUtf8WithBomForExcel() throws IOException {
			for (String file : List.of("templates/organizations.csv", "templates/contracts.csv")) {
				byte[] bytes = Files.readAllBytes(Path.of(file));
				assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
				assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).contains("统一社会信用代码");
			}
		}
	}

	/** The monthly job and the validate command reject the same rows of the same folder. */
	@Nested
	class SameRulesAsTheJob {

		@Test
		void everyCityOfTheBadTreeGivesTheSameRejectsFile() throws IOException {
			SharedRuns.Run bad = SharedRuns.bad();
			assertThat(bad.outcome().exit()).isZero();
			Path input = bad.input();
			Map<String, Map<String, String>> submissions = Csv.byKey(bad.period("2026-09").resolve("submissions.csv"),
					(row) -> row.get("city_code"));
			int compared = 0;
			for (String city : List.of("440100", "440200", "440300", "440400", "440500", "440600", "440800",
					"440900", "441200", "441900", "442000", "445100", "445200")) {
				Path mine = root.resolve("validate-" + city + ".csv");
				JobRunner.Outcome outcome = JobRunner.run("validate", input.resolve("2026-09/" + city).toString(),
						"--rejects", mine.toString());
				assertThat(outcome.exit()).as(city).isEqualTo(ValidateCommand.ROWS_REJECTED);
				assertThat(Files.readAllBytes(mine)).as(city)
					.isEqualTo(Files.readAllBytes(bad.period("2026-09").resolve("rejects/" + city + ".csv")));
				assertThat(outcome.stdout()).contains("有 " + submissions.get(city).get("rejected_rows") + " 行会被拒绝");
				compared++;
			}
			assertThat(compared).isEqualTo(13);
		}
	}

	/**
	 * {@code --previous}: the warnings of SPEC §12 offline. Last month 10 unions of 10 employees (no
	 * women, so no rate); this month 7 of them (10 → 7, −30 %: ROSTER_CHANGE), the first with 200
	 * employees (more than tenfold: HEAD_COUNT_JUMP).
	 */
	@Test
	void previousFolderGivesTheWarningsOfTheUpload() throws IOException {
		Path previous = Files.createDirectories(root.resolve("2026-09/440100"));
		Path current = Files.createDirectories(root.resolve("2026-10/440100"));
		StringBuilder before = new StringBuilder(ORGANIZATIONS);
		StringBuilder now = new StringBuilder(ORGANIZATIONS);
		for (int i = 1; i <= 10; i++) {
			before.append(union(i, 10));
			if (i <= 7) {
				now.append(union(i, (i == 1) ? 200 : 10));
			}
		}
		Files.writeString(previous.resolve("organizations.csv"), before);
		Files.writeString(previous.resolve("contracts.csv"), CONTRACTS);
		Files.writeString(current.resolve("organizations.csv"), now);
		Files.writeString(current.resolve("contracts.csv"), CONTRACTS);
		JobRunner.Outcome outcome = JobRunner.run("validate", current.toString(), "--previous", previous.toString());
		assertThat(outcome.exit()).as(outcome.stderr()).isEqualTo(ValidateCommand.CLEAN);
		assertThat(outcome.stdout()).contains("与上期（2026-09", "2 条提示",
				"[ROSTER_CHANGE] 基层工会数由上期（2026-09）的 10 个变为 7 个",
				"[HEAD_COUNT_JUMP] 单位1的职工人数由上期的 10 变为 200");
		JobRunner.Outcome none = JobRunner.run("validate", current.toString(), "--previous", root.resolve("nowhere").toString());
		assertThat(none.exit()).isEqualTo(ValidateCommand.CANNOT_CHECK);
	}

	static final String ORGANIZATIONS = "employer_id,employer_name,county_code,industry,ownership,employees,"
			+ "women_employees,women_members,women_org\n";

	static final String CONTRACTS = "contract_id,scope,employer_id,effective_from,expires_on\n";

	static String union(int i, int employees) {
		String first17 = String.format("914401060000002%02d", i);
		return first17 + cn.gdftu.twocoverage.ingest.EmployerId.checkCharacter(first17) + ",单位" + i + ",440106,C,private,"
				+ employees + ",0,0,none\n";
	}
}
