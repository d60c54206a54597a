package cn.gdftu.twocoverage.report.chart;

import java.util.Locale;
import java.util.Objects;

/** One city's return for the period: its status and how many data rows were accepted or rejected. */
public record CityStatus(String name, Status status, int acceptedRows, int rejectedRows) {

	public CityStatus {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(status, "status");
		if (acceptedRows < 0 || rejectedRows < 0) {
			throw new IllegalArgumentException("row counts must not be negative: " + name);
		}
	}

	/** The submission status of SPEC §5. */
	public enum Status {

		SUBMITTED, REJECTED, MISSING;

		/** Parses the status word used in submissions.csv: submitted, rejected or missing. */
		public static Status of(String code) {
			return valueOf(code.trim().toUpperCase(Locale.ROOT));
		}
	}
}
