package cn.gdftu.twocoverage.report;

import java.time.Instant;
import java.util.Map;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.timeliness.Deadline;

/**
 * For the completeness section's timeliness: the period's deadline and when each city first stored a
 * return through the site. A city whose return came as files is not in {@code firstUploads}.
 */
record UploadTimes(Deadline deadline, Map<String, Instant> firstUploads) {

	/** No return came through the site: the report says nothing about timeliness. */
	static UploadTimes none(Period period) {
		return new UploadTimes(Deadline.of(period, Deadline.DEFAULT_DAY), Map.of());
	}
}
