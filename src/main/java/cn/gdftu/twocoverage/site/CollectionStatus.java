package cn.gdftu.twocoverage.site;

import cn.gdftu.twocoverage.ingest.SubmissionStatus;

/**
 * Where the collection of a city's return stands, as the province desk follows it up: the city's
 * {@link SubmissionStatus} and what the province must chase (rows to fix, a refused last upload).
 * {@code code} is the desk JSON's {@code status}.
 */
public enum CollectionStatus {

	/** No return the job will use, and nothing refused. */
	MISSING("missing", SubmissionStatus.MISSING.label()),

	/** A return is current and none of its rows was rejected. */
	SUBMITTED("submitted", SubmissionStatus.SUBMITTED.label()),

	/** A return is current; some of its rows were rejected (the city has a rejects list to fix). */
	SUBMITTED_WITH_REJECTS("submitted_with_rejects", SubmissionStatus.SUBMITTED.label() + "，有退回行"),

	/** The city's last upload was refused (rejected whole, too large, or after the lock). */
	LAST_REFUSED("last_refused", "最近一次上传被拒收");

	private final String code;

	private final String label;

	CollectionStatus(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	/** The desk's view of a city's current return; a refused last upload comes first. */
	static CollectionStatus of(CurrentReturn current, boolean lastRefused) {
		if (lastRefused) {
			return LAST_REFUSED;
		}
		if (!current.present()) {
			return MISSING;
		}
		return (current.rejectedRows() > 0) ? SUBMITTED_WITH_REJECTS : SUBMITTED;
	}
}
