package cn.gdftu.twocoverage.report.chart;

import java.util.Objects;

import cn.gdftu.twocoverage.ingest.SubmissionStatus;

/** One city's return for the period: its status and how many data rows were accepted or rejected. */
public record CityStatus(String name, SubmissionStatus status, int acceptedRows, int rejectedRows) {

	public CityStatus {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(status, "status");
		if (acceptedRows < 0 || rejectedRows < 0) {
			throw new IllegalArgumentException("row counts must not be negative: " + name);
		}
	}
}
