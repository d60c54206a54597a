package cn.gdftu.twocoverage.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.changes.PeriodChanges;
import cn.gdftu.twocoverage.changes.Warning;
import cn.gdftu.twocoverage.changes.WarningRules;
import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.review.CityReview;
import cn.gdftu.twocoverage.review.Reviews;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;

/**
 * The review in the job's output (SPEC §12): reviews.csv and the report's section, one line per city
 * with its current version's review status, warnings and explanations. A version stored by the site
 * carries the warnings found at upload; a return that came as files gets the same rules applied to the
 * job's own comparison ({@link PeriodChanges#warnings}). The job uses each city's current version
 * whatever its status.
 */
final class ReviewsReport {

	static final String[] HEADER = { "period", "city_code", "city_name", "version", "review_status", "warnings",
			"explained", "decision_by", "decision_at", "reason" };

	private final Reviews reviews;

	private final WarningRules rules;

	private final ReferenceData reference;

	ReviewsReport(Reviews reviews, WarningRules rules, ReferenceData reference) {
		this.reviews = reviews;
		this.rules = rules;
		this.reference = reference;
	}

	/** Writes reviews.csv into {@code folder} and returns the report's section. */
	List<CityLine> write(ReportData data, PeriodChanges changes, Path folder) throws IOException {
		Period period = data.period();
		Map<String, Integer> versions = this.reviews.currentVersions(period);
		Map<String, SubmissionStatus> statuses = new HashMap<>();
		data.submissions().forEach((s) -> statuses.put(s.cityCode(), s.status()));
		List<CityLine> lines = new ArrayList<>();
		for (Division city : this.reference.cities()) {
			Integer version = versions.get(city.code());
			boolean asFiles = version == null && statuses.getOrDefault(city.code(), SubmissionStatus.MISSING) != SubmissionStatus.MISSING;
			CityReview review = this.reviews.of(period, city.code(), version, asFiles);
			List<Warning> warnings = (version != null && version > 0) ? review.warnings()
					: (changes == null) ? List.of() : changes.warnings(city.code(), this.rules);
			lines.add(new CityLine(city.code(), city.name(), review, warnings));
		}
		try (ExcelCsv csv = CsvFiles.forExcel(folder.resolve("reviews.csv"), HEADER)) {
			for (CityLine line : lines) {
				CityReview r = line.review();
				csv.printRecord(period, line.code(), line.name(), (r.version() == null) ? "" : r.version(),
						r.status().code(), line.warnings().size(), r.explained(),
						(r.decision() == null) ? "" : ExcelText.cell(r.decision().account()),
						(r.decision() == null) ? "" : r.decision().at(),
						(r.decision() == null) ? "" : ExcelText.cell(r.decision().reason()));
			}
		}
		return lines;
	}

	/** A city's line: its review and the warnings shown (found at upload, or by the job for files). */
	public record CityLine(String code, String name, CityReview review, List<Warning> warnings) {
	}
}
