package cn.gdftu.twocoverage.timeliness;

import java.time.Instant;

/**
 * A city's return against its period's deadline. A return that came as files in a folder, not through
 * the site, has no upload time: its timeliness is {@link #UNKNOWN} and nothing is said about it.
 */
public enum Timeliness {

	/** First stored upload before the deadline. */
	ON_TIME("按时", Boolean.TRUE),

	/** First stored upload after the deadline. */
	LATE("逾期报送", Boolean.FALSE),

	/** Nothing stored yet and the deadline is still ahead. */
	DUE("未到截止时间", null),

	/** Nothing stored and the deadline is over. */
	OVERDUE("逾期未报", Boolean.FALSE),

	/** The return is there but did not come through the site: no upload time to judge. */
	UNKNOWN("无上传时间", null);

	private final String label;

	private final Boolean onTime;

	Timeliness(String label, Boolean onTime) {
		this.label = label;
		this.onTime = onTime;
	}

	/**
	 * The rule: {@code firstUpload} is the city's first stored upload of the period (null when none),
	 * {@code returnPresent} whether a return is in the input folder anyway (sent as files).
	 */
	public static Timeliness of(Deadline deadline, Instant firstUpload, boolean returnPresent, Instant now) {
		if (firstUpload != null) {
			return deadline.met(firstUpload) ? ON_TIME : LATE;
		}
		if (returnPresent) {
			return UNKNOWN;
		}
		return deadline.passed(now) ? OVERDUE : DUE;
	}

	/** Chinese, as the province page shows it. */
	public String label() {
		return this.label;
	}

	/** SPEC §9's {@code on_time}: true, false, or null while it cannot be told. */
	public Boolean onTime() {
		return this.onTime;
	}
}
