package cn.gdftu.twocoverage.job;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gdftu.twocoverage.changes.ChangesAudit;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's main command on the committed sample returns: every month processed, coverage rising. */
class SampleInputTests {

	static final List<String> PERIODS = List.of("2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10");

	@Test
	void everyMonthOfTheSampleWithRisingCoverageAndYunfuMissingInAugust() throws IOException {
		SharedRuns.Run sample = SharedRuns.sample();
		Path reports = sample.reports();
		JobRunner.Outcome outcome = sample.outcome();
		assertThat(outcome.exit()).as(outcome.stderr()).isZero();
		BigDecimal org = BigDecimal.ZERO;
		BigDecimal contract = BigDecimal.ZERO;
		for (String period : PERIODS) {
			assertThat(outcome.stdout()).contains("[" + period + "] 完成");
			Map<String, String> province = Csv.rows(reports.resolve(period + "/coverage.csv")).get(0);
			BigDecimal orgRate = new BigDecimal(province.get("org_units_rate"));
			BigDecimal contractRate = new BigDecimal(province.get("contract_units_rate"));
			assertThat(orgRate).as(period).isGreaterThan(org).isBetween(new BigDecimal("0.75"), new BigDecimal("0.90"));
			assertThat(contractRate).as(period).isGreaterThan(contract);
			org = orgRate;
			contract = contractRate;
			Map<String, Map<String, String>> submissions = Csv.byKey(reports.resolve(period + "/submissions.csv"),
					(row) -> row.get("city_code"));
			assertThat(submissions.get("445300").get("status")).as(period)
				.isEqualTo(period.equals("2026-08") ? "missing" : "submitted");
			assertThat(submissions.values()).as(period + ": a handful of bad rows")
				.anyMatch((row) -> Integer.parseInt(row.get("rejected_rows")) > 0);
			// SPEC §11: every city's change sentences add up to coverage.csv (Yunfu in September: to July).
			ChangesAudit.check(reports, period);
		}
	}
}
