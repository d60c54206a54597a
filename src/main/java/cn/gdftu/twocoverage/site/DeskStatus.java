package cn.gdftu.twocoverage.site;

/** A city's return for a period as the province desk sees it; {@code code} is the JSON's {@code status}. */
public enum DeskStatus {

	/** Nothing stored and nothing refused. */
	MISSING("missing", "未报送"),

	/** A return is current and none of its rows was rejected. */
	SUBMITTED("submitted", "已报送"),

	/** A return is current; some of its rows were rejected (the city has a rejects list to fix). */
	SUBMITTED_WITH_REJECTS("submitted_with_rejects", "已报送，有退回行"),

	/** The city's last upload was refused (rejected whole, too large, or after the lock). */
	LAST_REFUSED("last_refused", "最近一次上传被拒收");

	private final String code;

	private final String label;

	DeskStatus(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	/** The desk's view of a city's current return; a refused last upload is what the province must chase. */
	static DeskStatus of(CurrentReturn current, boolean lastRefused) {
		if (lastRefused) {
			return LAST_REFUSED;
		}
		if (!current.present()) {
			return MISSING;
		}
		return (current.rejectedRows() > 0) ? SUBMITTED_WITH_REJECTS : SUBMITTED;
	}
}
