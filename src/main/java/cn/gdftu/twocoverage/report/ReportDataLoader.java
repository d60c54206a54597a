package cn.gdftu.twocoverage.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.coverage.CoverageRow;
import cn.gdftu.twocoverage.coverage.CoverageStore;
import cn.gdftu.twocoverage.coverage.ExpiringContract;
import cn.gdftu.twocoverage.timeliness.Deadlines;

/** Reads a period's report data from the database. */
final class ReportDataLoader {

	static final int EXPIRY_WINDOW_DAYS = 90;

	static final int TREND_PERIODS = 12;

	private final CoverageStore coverage;

	private final ReportStore reports;

	private final Deadlines deadlines;

	/** Whether a query may run on a connection of its own beside the step's. */
	private final boolean spareConnection;

	ReportDataLoader(CoverageStore coverage, ReportStore reports, Deadlines deadlines, boolean spareConnection) {
		this.spareConnection = spareConnection;
		this.coverage = coverage;
		this.reports = reports;
		this.deadlines = deadlines;
	}

	ReportData load(Period period, long load) {
		LocalDate d = period.referenceDate();
		LocalDate until = d.plusDays(EXPIRY_WINDOW_DAYS);
		// The expiring contracts and the scope counts each read every contract in force: the first on a
		// connection of its own (outside the step's transaction, the load is committed) beside the rest.
		Supplier<List<ExpiringContract>> expiringQuery = () -> this.coverage.expiring(load, d, until);
		CompletableFuture<List<ExpiringContract>> expiring = this.spareConnection
				? CompletableFuture.supplyAsync(expiringQuery) : CompletableFuture.completedFuture(expiringQuery.get());
		List<Period> periods = new ArrayList<>(this.coverage.periodsUpTo(period, TREND_PERIODS));
		Collections.reverse(periods);
		Map<String, List<CoverageRow>> history = new LinkedHashMap<>();
		for (Period stored : periods) {
			history.put(stored.toString(), rows(stored));
		}
		String previousPeriod = periods.stream().filter((p) -> p.compareTo(period) < 0).reduce((a, b) -> b)
			.map(Period::toString).orElse(null);
		List<CoverageRow> previous = (previousPeriod == null) ? List.of() : history.get(previousPeriod);
		List<ReportStore.ScopeCount> scopeCounts = this.reports.scopeCounts(load, d);
		return new ReportData(period, load, rows(period), previous, previousPeriod, this.reports.submissions(load),
				this.reports.reasonCounts(load), this.reports.unknownSubmissions(load), join(expiring), scopeCounts,
				history, new UploadTimes(this.deadlines.of(period), this.deadlines.firstUploads(period)));
	}

	/** The query's result, or its own failure (not wrapped). */
	private static <T> T join(CompletableFuture<T> query) {
		try {
			return query.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw ex;
		}
	}

	private List<CoverageRow> rows(Period period) {
		return this.coverage.stored(period).stream().map(CoverageStore.StoredRow::row).toList();
	}
}
