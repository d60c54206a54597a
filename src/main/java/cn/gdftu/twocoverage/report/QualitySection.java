package cn.gdftu.twocoverage.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gdftu.twocoverage.ChinaTime;
import cn.gdftu.twocoverage.Numbers;
import cn.gdftu.twocoverage.ingest.Reason;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;
import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.report.ReportView.Completeness;
import cn.gdftu.twocoverage.report.ReportView.QualityRow;
import cn.gdftu.twocoverage.report.ReportView.ReasonRow;
import cn.gdftu.twocoverage.timeliness.ReportingRate;
import cn.gdftu.twocoverage.timeliness.Timeliness;

/** Data quality on index.html: each city's return, its rows, reasons and rejects file; and on-time reporting. */
final class QualitySection {

	static final int REASONS_SHOWN = 3;

	private QualitySection() {
	}

	static Completeness of(ReportData data, ReferenceData reference, Map<String, Submission> submissions) {
		Map<String, List<ReportStore.ReasonCount>> reasons = new HashMap<>();
		for (ReportStore.ReasonCount count : data.reasonCounts()) {
			reasons.computeIfAbsent(count.cityCode(), (c) -> new ArrayList<>()).add(count);
		}
		List<QualityRow> rows = new ArrayList<>();
		for (Division city : reference.cities()) {
			Submission s = submissions.getOrDefault(city.code(), Submission.missing(city.code(), ""));
			List<ReportStore.ReasonCount> counts = reasons.getOrDefault(city.code(), List.of());
			List<ReasonRow> shown = counts.stream().limit(REASONS_SHOWN)
				.map((c) -> new ReasonRow(c.reason(), reasonMessage(c.reason()), c.count()))
				.toList();
			rows.add(new QualityRow(city.code(), city.name(), s.status(),
					s.organizationsRows(), s.organizationsAccepted(), s.organizationsRows() - s.organizationsAccepted(),
					s.contractsRows(), s.contractsAccepted(), s.contractsRows() - s.contractsAccepted(),
					s.rejectedRows(), s.skippedLines(), shown, counts.size() - shown.size(),
					CsvOutputs.rejectsFile(s), s.message()));
		}
		int submitted = count(rows, SubmissionStatus.SUBMITTED);
		int missing = count(rows, SubmissionStatus.MISSING);
		int rejected = count(rows, SubmissionStatus.REJECTED);
		int withRejects = (int) rows.stream().filter((r) -> r.rejectedRows() > 0).count();
		long rejectedRows = rows.stream().mapToLong(QualityRow::rejectedRows).sum();
		return new Completeness(submitted, missing, rejected, withRejects, Numbers.count(rejectedRows), rows);
	}

	/** Judged only for returns with an upload time; missing cities are already named above. */
	static ReportView.OnTime onTime(ReportData data, ReferenceData reference, Map<String, Submission> submissions) {
		UploadTimes uploads = data.uploads();
		List<Timeliness> judged = new ArrayList<>();
		List<ReportView.LateCity> late = new ArrayList<>();
		List<String> asFiles = new ArrayList<>();
		int sent = 0;
		for (Division city : reference.cities()) {
			Submission s = submissions.get(city.code());
			boolean present = s != null && s.status() != SubmissionStatus.MISSING;
			Instant first = uploads.firstUploads().get(city.code());
			if (!present && first == null) {
				continue;
			}
			sent++;
			// A present return or an upload time decides it; the clock is never consulted.
			Timeliness timeliness = Timeliness.of(uploads.deadline(), first, true, uploads.deadline().end());
			judged.add(timeliness);
			if (timeliness == Timeliness.LATE) {
				late.add(new ReportView.LateCity(city.name(), ChinaTime.minutes(first)));
			}
			else if (timeliness == Timeliness.UNKNOWN) {
				asFiles.add(city.name());
			}
		}
		ReportingRate rate = ReportingRate.of(sent, judged, reference.cities().size());
		return new ReportView.OnTime(!uploads.firstUploads().isEmpty(), uploads.deadline().label(), rate.onTimeText(),
				late, asFiles);
	}

	private static int count(List<QualityRow> rows, SubmissionStatus status) {
		return (int) rows.stream().filter((r) -> r.status() == status).count();
	}

	private static String reasonMessage(String code) {
		try {
			return Reason.valueOf(code).message();
		}
		catch (IllegalArgumentException ex) {
			return code;
		}
	}

}
