package cn.gdftu.twocoverage.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.changes.PeriodChanges;
import cn.gdftu.twocoverage.reference.ReferenceData;

/**
 * The department's two documents of SPEC §14, written beside index.html: the figures as a workbook
 * ({@code summary.xlsx}) and the draft of the month's 通报 ({@code bulletin.docx}). Both are made from
 * the page's own model, so every figure is the page's and coverage.csv's; both come out the same byte for
 * byte from the same input (zip entries and document properties dated at the period's reference date).
 */
public final class DepartmentDocuments {

	public static final String SUMMARY = "summary.xlsx";

	public static final String BULLETIN = "bulletin.docx";

	/** No review statuses: the workbook leaves out its review column. */
	static final Map<String, String> NO_REVIEWS = Map.of();

	/** Each city's review status (SPEC §12) as the workbook shows it: city code → the status's Chinese label. */
	static Map<String, String> reviewLabels(java.util.List<ReviewsReport.CityLine> reviews) {
		if (reviews == null) {
			return NO_REVIEWS;
		}
		Map<String, String> labels = new java.util.LinkedHashMap<>();
		reviews.forEach((line) -> labels.put(line.code(), line.review().status().label()));
		return labels;
	}

	private final SummaryWorkbook summary;

	private final BulletinDocument bulletin;

	DepartmentDocuments(ReferenceData reference, ReportTargets targets) {
		this.summary = new SummaryWorkbook(reference, targets);
		this.bulletin = new BulletinDocument();
	}

	/**
	 * The name a download of {@code file} gets, in Chinese ({@code 2026年10月两个覆盖汇总表.xlsx}); empty for
	 * any other file of the folder.
	 */
	public static Optional<String> downloadName(Period period, String file) {
		return switch (file) {
			case SUMMARY -> Optional.of(period.chineseLabel() + "两个覆盖汇总表.xlsx");
			case BULLETIN -> Optional.of(period.chineseLabel() + "两个覆盖工作情况通报（草稿）.docx");
			default -> Optional.empty();
		};
	}

	void write(ReportView view, ReportData data, PeriodChanges changes, ChangesView changesView,
			Map<String, String> reviews, Path folder) throws IOException {
		LocalDateTime dated = data.period().referenceDate().atStartOfDay();
		Files.write(folder.resolve(SUMMARY),
				SlideDeck.stamped(this.summary.write(view, data, changes, changesView, reviews), dated));
		Files.write(folder.resolve(BULLETIN),
				SlideDeck.stamped(this.bulletin.write(view, data, changesView), dated));
	}

	/** POI dates a new document now; the period's reference date instead, so a rerun gives the same bytes. */
	static void date(POIXMLProperties properties, LocalDateTime dated) {
		Date date = Date.from(dated.toInstant(java.time.ZoneOffset.UTC));
		properties.getCoreProperties().setCreated(Optional.of(date));
		properties.getCoreProperties().setModified(Optional.of(date));
		properties.getCoreProperties().setCreator("广东省总工会女职工部");
	}

	/** Written uncompressed: {@link SlideDeck#stamped} compresses it. */
	static byte[] bytes(org.apache.poi.ooxml.POIXMLDocument document) throws IOException {
		return SlideDeck.unpacked(document);
	}
}
