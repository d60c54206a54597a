package cn.gdftu.twocoverage.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gdftu.twocoverage.ingest.HostileWorkbooks;
import cn.gdftu.twocoverage.job.JobRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code validate} on a damaged or inflating workbook: exit 2 with one Chinese line, no stack trace, no echo. */
class ValidateHostileTests {

	@TempDir
	Path root;

	@Test
	void aDamagedWorkbookIsTwoWithAChineseReason() throws IOException {
		Path city = Files.createDirectories(this.root.resolve("440100"));
		HostileWorkbooks.relationshipOutside(city.resolve("organizations.xlsx"));
		Files.writeString(city.resolve("contracts.csv"), HostileWorkbooks.CONTRACTS);
		JobRunner.Outcome outcome = JobRunner.run("validate", city.toString());
		assertThat(outcome.exit()).as(outcome.stderr()).isEqualTo(ValidateCommand.RETURN_REJECTED);
		assertThat(outcome.stdout()).contains("整份报送将被退回").contains("损坏").contains("另存为");
		assertThat(outcome.stdout() + outcome.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	@Test
	void aGiantCellIsTwoAndNotEchoed() throws IOException {
		Path city = Files.createDirectories(this.root.resolve("440100"));
		HostileWorkbooks.giantCell(city.resolve("月报.xlsx"), 1_000_000);
		JobRunner.Outcome outcome = JobRunner.run("validate", city.toString());
		assertThat(outcome.exit()).isEqualTo(ValidateCommand.RETURN_REJECTED);
		assertThat(outcome.stdout()).contains("32767 个字符");
		assertThat(outcome.stdout().length() + outcome.stderr().length()).isLessThan(2_000);
	}
}
