package cn.gdftu.twocoverage.timeliness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.store.ReturnVersions;

/**
 * Each period's deadline: the day the province set for it, or {@code two-coverage.deadline-day} of
 * the following month; and the cities' first upload times to judge against it.
 */
@Component
public class Deadlines {

	private final DeadlineStore store;

	private final ReturnVersions versions;

	private final int deadlineDay;

	Deadlines(DeadlineStore store, ReturnVersions versions, @Value("${two-coverage.deadline-day:" + Deadline.DEFAULT_DAY + "}") int deadlineDay) {
		this.store = store;
		this.versions = versions;
		this.deadlineDay = deadlineDay;
		Deadline.of(Period.parse("2026-01"), deadlineDay); // refuses a bad setting at startup
	}

	public Deadline of(Period period) {
		return this.store.dueOn(period).map((day) -> new Deadline(LocalDate.parse(day)))
			.orElseGet(() -> usual(period));
	}

	/** The deadline the setting gives, without the province's override. */
	public Deadline usual(Period period) {
		return Deadline.of(period, this.deadlineDay);
	}

	/** Whether the province set this period's deadline itself. */
	public boolean overridden(Period period) {
		return this.store.dueOn(period).isPresent();
	}

	/** Sets the period's deadline day; the usual day clears the override. */
	public void set(Period period, LocalDate day, String account, Instant at) {
		if (day.equals(usual(period).day())) {
			this.store.clearDueOn(period);
		}
		else {
			this.store.setDueOn(period, day.toString(), account, at.toString());
		}
	}

	/** City code to the time its first return of the period was stored through the site. */
	public Map<String, Instant> firstUploads(Period period) {
		Map<String, Instant> uploads = new TreeMap<>();
		for (ReturnVersions.Upload upload : this.versions.uploads(period)) {
			uploads.merge(upload.cityCode(), upload.uploadedAt(),
					(a, b) -> a.isBefore(b) ? a : b);
		}
		return uploads;
	}
}
