package cn.gdftu.twocoverage.ingest;

/**
 * A city's submission for a period (SPEC §5 and the submissions.csv columns of §6). Rows are data
 * rows read; totals rows and blank lines are not counted.
 */
public record Submission(String cityCode, SubmissionStatus status, int organizationsRows, int organizationsAccepted,
		int contractsRows, int contractsAccepted, int rejectedRows, int skippedLines, String message) {

	public static Submission missing(String cityCode, String message) {
		return new Submission(cityCode, SubmissionStatus.MISSING, 0, 0, 0, 0, 0, 0, message);
	}

	public boolean isSubmitted() {
		return this.status == SubmissionStatus.SUBMITTED;
	}

	public static Submission rejected(String cityCode, String message) {
		return new Submission(cityCode, SubmissionStatus.REJECTED, 0, 0, 0, 0, 0, 0, message);
	}
}
