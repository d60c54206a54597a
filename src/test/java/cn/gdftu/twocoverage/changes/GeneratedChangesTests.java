package cn.gdftu.twocoverage.changes;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gdftu.twocoverage.job.JobRunner;
import cn.gdftu.twocoverage.sample.DressMode;
import cn.gdftu.twocoverage.sample.SampleDataGenerator;
import cn.gdftu.twocoverage.sample.SampleSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated province over five months, with bad rows, Yunfu missing in August and Shantou in
 * September: every changes.csv row keeps SPEC §11's identity and agrees with coverage.csv, and every
 * sentence adds up to coverage.csv, for the province (cities leaving and re-entering) and each city.
 */
class GeneratedChangesTests {

	static final List<String> PERIODS = List.of("2026-06", "2026-07", "2026-08", "2026-09", "2026-10");

	@Test
	void everyMonthAddsUp(@TempDir Path root) throws IOException {
		SampleDataGenerator.generate(new SampleSpec(root.resolve("input"),
				PERIODS.stream().map(YearMonth::parse).toList(), 6_000, 11, DressMode.MIXED, true,
				Set.of("445300@2026-08", "440500@2026-09")));
		Path reports = root.resolve("reports");
		JobRunner.Outcome outcome = JobRunner.run("--input", root.resolve("input").toString(), "--reports",
				reports.toString());
		assertThat(outcome.exit()).as(outcome.stderr()).isZero();
		int sentences = 0;
		for (String period : PERIODS) {
			sentences += ChangesAudit.check(reports, period);
		}
		// From July on, the province and about 20 cities each month, two sentences each.
		assertThat(sentences).isGreaterThan(4 * 19 * 2);
	}
}
