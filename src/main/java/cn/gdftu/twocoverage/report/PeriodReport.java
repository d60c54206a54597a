package cn.gdftu.twocoverage.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.coverage.CoverageStore;
import cn.gdftu.twocoverage.reference.ReferenceData;

/** Writes {@code reports/<period>/} from a published load, replacing the folder as a whole. */
public class PeriodReport {

	private final ReportDataLoader loader;

	private final CsvOutputs csv;

	PeriodReport(CoverageStore coverage, ReportStore reports, ReferenceData reference, ReportTargets targets) {
		this.loader = new ReportDataLoader(coverage, reports);
		this.csv = new CsvOutputs(reports, reference);
	}

	/** Deletes a folder and everything in it; nothing when it does not exist. */
	public static void deleteTree(Path root) {
		try {
			PeriodFolder.deleteTree(root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes the folder and returns the period's summary, with the path of its index.html. */
	public PeriodSummary write(Period period, long load, Path reportsDir) {
		try {
			ReportData data = this.loader.load(period, load);
			Path staging = PeriodFolder.staging(reportsDir, period.toString());
			this.csv.write(data, staging);
			PeriodFolder.publish(reportsDir, period.toString(), staging);
			return PeriodSummary.of(data, reportsDir.resolve(period.toString()).resolve("index.html"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
