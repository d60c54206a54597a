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
 * {@code uploads} the deadline and the cities' upload times.
 */
record ReportData(Period period, long load, List<CoverageRow> coverage, List<CoverageRow> previous,
		String previousPeriod, List<Submission> submissions, List<ReportStore.ReasonCount> reasonCounts,
		List<String> unknownSubmissions, List<ExpiringContract> expiring, List<ReportStore.ScopeCount> scopeCounts,
		Map<String, List<CoverageRow>> history, UploadTimes uploads) {

	/** A period none of whose returns came through the site (no upload times). */
	ReportData(Period period, long load, List<CoverageRow> coverage, List<CoverageRow> previous,
			String previousPeriod, List<Submission> submissions, List<ReportStore.ReasonCount> reasonCounts,
			List<String> unknownSubmissions, List<ExpiringContract> expiring, List<ReportStore.ScopeCount> scopeCounts,
			Map<String, List<CoverageRow>> history) {
		this(period, load, coverage, previous, previousPeriod, submissions, reasonCounts, unknownSubmissions, expiring,
				scopeCounts, history, UploadTimes.none(period));
	}

	long submittedCities() {
		return this.submissions.stream().filter((s) -> s.status() == SubmissionStatus.SUBMITTED).count();
	}
}
