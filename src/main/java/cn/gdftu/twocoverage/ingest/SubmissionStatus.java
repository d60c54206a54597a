package cn.gdftu.twocoverage.ingest;

/**
 * The verdict on a city's return for a period (SPEC §5): its code, as submissions.csv, the database and
 * the site's JSON write it, and the one Chinese label every page, chart and slide shows.
 */
public enum SubmissionStatus {

	/** Read and accepted (some rows may have been rejected). */
	SUBMITTED("submitted", "已报送"),

	/** No return for the period. */
	MISSING("missing", "未报送"),

	/** The return was rejected as a whole; none of its rows counts. */
	REJECTED("rejected", "整份退回");

	private final String code;

	private final String label;

	SubmissionStatus(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	public static SubmissionStatus fromCode(String code) {
		for (SubmissionStatus status : values()) {
			if (status.code.equals(code)) {
				return status;
			}
		}
		throw new IllegalArgumentException("not a submission status: " + code);
	}
}
