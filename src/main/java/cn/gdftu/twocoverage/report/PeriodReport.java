package cn.gdftu.twocoverage.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.changes.ChangeCalculator;
import cn.gdftu.twocoverage.changes.PeriodChanges;
import cn.gdftu.twocoverage.changes.WarningRules;
import cn.gdftu.twocoverage.review.Reviews;
import cn.gdftu.twocoverage.coverage.CoverageStore;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.timeliness.Deadlines;

/**
 * Writes {@code reports/<period>/} from a published load: the CSV files, index.html, its charts and
 * deck, all into a staging folder that then replaces the period's folder as a whole; the font the
 * pages share goes once into {@code reports/assets/}.
 */
public class PeriodReport {

	private final ReportDataLoader loader;

	private final CsvOutputs csv;

	private final HtmlReport html;

	private final ChangeCalculator changes;

	private final ReviewsReport reviews;

	PeriodReport(CoverageStore coverage, ReportStore reports, ReferenceData reference, ReportTargets targets,
			ChangeCalculator changes, Deadlines deadlines, Reviews reviews, WarningRules rules, boolean spareConnection) {
		this.loader = new ReportDataLoader(coverage, reports, deadlines, spareConnection);
		this.csv = new CsvOutputs(reports, reference);
		this.html = new HtmlReport(reference, targets);
		this.changes = changes;
		this.reviews = new ReviewsReport(reviews, rules, reference);
	}

	/** Writes the folder and returns the period's summary, with the path of its index.html. */
	public PeriodSummary write(Period period, long load, Path reportsDir) {
		try {
			ReportData data = this.loader.load(period, load);
			Path staging = PeriodFolder.staging(reportsDir, period.toString());
			// The charts need only the data: drawn on their own threads while this one does what is
			// mostly SQLite's work on one core (the CSV files, the changes, the review).
			ReportCharts.Drawing charts = this.html.drawCharts(data, staging);
			try {
				SharedAssets.install(reportsDir);
				this.csv.write(data, staging);
				// What changed since the previous period (SPEC §11): changes.csv, its chart and its section.
				PeriodChanges changes = this.changes.changes(period, load);
				ChangesView changesView = ChangesReport.write(data, changes, staging);
				// The review before the lock (SPEC §12): reviews.csv and its section.
				List<ReviewsReport.CityLine> reviewLines = this.reviews.write(data, changes, staging);
				// After the CSV files: the page links each rejects file that exists.
				this.html.write(charts, data, changesView, changes, reviewLines, staging);
			}
			finally {
				// Also after a failure: nothing goes on writing into the folder behind the caller.
				charts.done().exceptionally((failure) -> null).join();
			}
			PeriodFolder.publish(reportsDir, period.toString(), staging);
			return PeriodSummary.of(data, reportsDir.resolve(period.toString()).resolve("index.html"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
