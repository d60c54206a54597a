package cn.gdftu.twocoverage.report;

import java.util.List;
import java.util.Map;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.coverage.CoverageRow;
import cn.gdftu.twocoverage.coverage.ExpiringContract;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;

/**
 * Everything the report of one period shows, read from the published load and the stored history.
 * {@code history} maps each stored period up to this one (oldest first, at most 12) to its rows;
 * {@code expiringEmployers} names the first union of each expiring contract, keyed by
 * {@link #contractKey(String, String)}; {@code uploads} the deadline and the cities' upload times.
 */
record ReportData(Period period, long load, List<CoverageRow> coverage, List<CoverageRow> previous,
		String previousPeriod, List<Submission> submissions, List<ReportStore.ReasonCount> reasonCounts,
		List<String> unknownSubmissions, List<ExpiringContract> expiring, List<ReportStore.ScopeCount> scopeCounts,
		Map<String, List<CoverageRow>> history, Map<String, String> expiringEmployers,
		UploadTimes uploads) {

	/** A period none of whose returns came through the site (no upload times). */
	ReportData(Period period, long load, List<CoverageRow> coverage, List<CoverageRow> previous,
			String previousPeriod, List<Submission> submissions, List<ReportStore.ReasonCount> reasonCounts,
			List<String> unknownSubmissions, List<ExpiringContract> expiring, List<ReportStore.ScopeCount> scopeCounts,
			Map<String, List<CoverageRow>> history, Map<String, String> expiringEmployers) {
		this(period, load, coverage, previous, previousPeriod, submissions, reasonCounts, unknownSubmissions, expiring,
				scopeCounts, history, expiringEmployers, UploadTimes.none(period));
	}

	static String contractKey(String cityCode, String contractId) {
		return cityCode + "\u0000" + contractId;
	}

	long submittedCities() {
		return this.submissions.stream().filter((s) -> s.status() == SubmissionStatus.SUBMITTED).count();
	}
}
