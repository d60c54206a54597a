package cn.gdftu.twocoverage.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.review.CityReview;
import cn.gdftu.twocoverage.review.ReviewStatus;
import cn.gdftu.twocoverage.review.Reviews;
import cn.gdftu.twocoverage.timeliness.Deadline;
import cn.gdftu.twocoverage.timeliness.Deadlines;
import cn.gdftu.twocoverage.timeliness.ReportingRate;
import cn.gdftu.twocoverage.timeliness.Timeliness;

/**
 * The province's page of a period (SPEC §9 {@code GET /periods/{period}}): each of the 21 cities with
 * its status, first and last upload, versions and rejected rows, on time or late; the reporting rate
 * and on-time rate; the reminder to send the cities still missing.
 */
@Component
@ConditionalOnWebApplication
public class ProvinceDesk {

	private final CurrentReturnStore currentReturns;

	private final DeskStore desk;

	private final Deadlines deadlines;

	private final ReturnStorage storage;

	private final ReferenceData reference;

	private final Path reports;

	private final Clock clock;

	private final Reviews reviews;

	ProvinceDesk(CurrentReturnStore currentReturns, DeskStore desk, Deadlines deadlines, ReturnStorage storage,
			ReferenceData reference, @Value("${two-coverage.reports:reports}") Path reports, Clock clock, Reviews reviews) {
		this.currentReturns = currentReturns;
		this.desk = desk;
		this.deadlines = deadlines;
		this.storage = storage;
		this.reference = reference;
		this.reports = reports;
		this.clock = clock;
		this.reviews = reviews;
	}

	public PeriodDesk of(Period period) {
		Instant now = this.clock.instant();
		Deadline deadline = this.deadlines.of(period);
		Map<String, CurrentReturnStore.Row> uploads = new HashMap<>();
		this.currentReturns.ofPeriod(period).forEach((r) -> uploads.put(r.cityCode(), r));
		List<CityRow> rows = new ArrayList<>();
		for (Division city : this.reference.cities()) {
			rows.add(row(period, city, uploads.get(city.code()), deadline, now));
		}
		int sent = (int) rows.stream().filter(CityRow::present).count();
		ReportingRate rate = ReportingRate.of(sent, rows.stream().map(CityRow::timeliness).toList(), rows.size());
		return new PeriodDesk(period, deadline, this.deadlines.usual(period), this.deadlines.overridden(period),
				this.desk.lock(period).orElse(null), rate, rows, Files.isRegularFile(reportIndex(period)),
				this.desk.events(period));
	}

	/** The period's report page, once a run has written it. */
	public Path reportIndex(Period period) {
		return this.reports.resolve(period.toString()).resolve("index.html");
	}

	/** A city's line from its {@code current_return} row (null: nothing uploaded) and the folder the job reads. */
	private CityRow row(Period period, Division city, CurrentReturnStore.Row uploads, Deadline deadline, Instant now) {
		ReturnVersion current = (uploads == null) ? null : uploads.current();
		CurrentReturn currentReturn = CurrentReturn.of(city.code(), (current == null) ? List.of() : List.of(current),
				this.storage.current(period, city.code()));
		DeskStore.Attempt refused = (uploads == null) ? null : uploads.refusal();
		Upload first = (uploads == null || uploads.firstUploadedAt() == null) ? null
				: new Upload(uploads.firstUploadedAt(), uploads.firstUploadedBy());
		boolean present = currentReturn.present();
		CollectionStatus status = CollectionStatus.of(currentReturn, refused != null);
		Timeliness timeliness = Timeliness.of(deadline, (first == null) ? null : Instant.parse(first.at()), present, now);
		Upload last = (current == null || current.version() == 0) ? null
				: new Upload(current.uploadedAt(), current.uploadedBy());
		CityReview review = this.reviews.of(period, city.code(),
				(current == null) ? null : current.version(), currentReturn.asFiles());
		return new CityRow(city.code(), city.name(), status, present, first, last,
				(uploads == null) ? 0 : uploads.versions(), currentReturn.rejectedRows(), timeliness, refused,
				currentReturn.asFiles(), review);
	}

	/** An upload: when (ISO-8601 instant) and by which account. */
	public record Upload(String at, String by) {

		/** China time, as the page shows it. */
		public String shownAt() {
			return CityReturns.show(this.at);
		}
	}

	/**
	 * A city's line. {@code first} and {@code last} are its first and current stored uploads (null when
	 * none; a return sent as files has none); {@code refused} its last attempt when that was refused.
	 */
	public record CityRow(String code, String name, CollectionStatus status, boolean present, Upload first, Upload last,
			int versions, int rejectedRows, Timeliness timeliness, DeskStore.Attempt refused, boolean asFiles,
			CityReview review) {

		/** SPEC §9's object for this city. */
		public Map<String, Object> json() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("city_code", this.code);
			json.put("city_name", this.name);
			json.put("status", this.status.code());
			json.put("uploaded_at", (this.last == null) ? null : this.last.at());
			json.put("uploaded_by", (this.last == null) ? null : this.last.by());
			json.put("versions", this.versions);
			json.put("on_time", this.timeliness.onTime());
			json.put("rejected_rows", this.rejectedRows);
			json.put("first_uploaded_at", (this.first == null) ? null : this.first.at());
			json.put("first_uploaded_by", (this.first == null) ? null : this.first.by());
			json.put("timeliness", this.timeliness.name().toLowerCase(java.util.Locale.ROOT));
			json.put("as_files", this.asFiles);
			json.put("review_status", this.review.status().code());
			json.put("warnings", this.review.warnings().size());
			json.put("explained", this.review.explained());
			return json;
		}
	}

	/** The whole page of a period. {@code lock} is null while the period is open. */
	public record PeriodDesk(Period period, Deadline deadline, Deadline usualDeadline, boolean deadlineSet,
			DeskStore.LockRecord lock, ReportingRate rate, List<CityRow> cities, boolean reportWritten,
			List<DeskStore.DeskEvent> events) {

		public boolean locked() {
			return this.lock != null;
		}

		/** How many cities are in each review status, in the order of {@link ReviewStatus}. */
		public Map<ReviewStatus, Long> reviewCounts() {
			Map<ReviewStatus, Long> counts = new java.util.EnumMap<>(ReviewStatus.class);
			for (ReviewStatus status : ReviewStatus.values()) {
				counts.put(status, this.cities.stream().filter((c) -> c.review().status() == status).count());
			}
			return counts;
		}

		/** The cities with no current return, by name (a refused upload leaves a city here). */
		public List<String> missing() {
			return this.cities.stream().filter((c) -> !c.present()).map(CityRow::name).toList();
		}

		/** The cities whose last upload was refused, by name. */
		public List<String> refused() {
			return this.cities.stream().filter((c) -> c.refused() != null).map(CityRow::name).toList();
		}

		/** The reminder the province copies into its message to the cities. */
		public String reminder(String siteAddress) {
			StringBuilder text = new StringBuilder();
			text.append("各市总工会女职工部：").append(this.period.chineseLabel()).append("“两个覆盖”月报的报送截止时间为 ")
				.append(this.deadline.label()).append("。");
			if (missing().isEmpty() && refused().isEmpty()) {
				return text.append("21 个市均已报送，谢谢各市的支持。").toString();
			}
			if (!missing().isEmpty()) {
				text.append("目前以下 ").append(missing().size()).append(" 个市尚未报送：").append(String.join("、", missing()))
					.append("。");
			}
			List<String> refusedPresent = this.cities.stream()
				.filter((c) -> c.refused() != null && c.present())
				.map(CityRow::name)
				.toList();
			if (!refusedPresent.isEmpty()) {
				text.append("以下市最近一次上传未被接收（仍以此前的版本为准）：").append(String.join("、", refusedPresent)).append("。");
			}
			text.append("请登录报送网站 ").append(siteAddress)
				.append(" 上传本市的基层工会台账和专项集体合同两张表（CSV 或 Excel 工作簿），上传后页面会立即显示校验结果和需要修改的行。")
				.append("如有疑问请联系省总工会女职工部。");
			return text.toString();
		}
	}
}
