package cn.gdftu.twocoverage.timeliness;

import java.util.Collection;

/**
 * The reporting-rate summary of a period, in DHIS2's terms: of the cities expected (21), how many have
 * sent a return and how many sent it on time. Written {@code n/21} wherever it appears.
 */
public record ReportingRate(int sent, int onTime, int expected) {

	public ReportingRate {
		if (sent < 0 || onTime < 0 || onTime > sent || sent > expected) {
			throw new IllegalArgumentException("need 0 <= onTime <= sent <= expected, got " + onTime + "/" + sent
					+ "/" + expected);
		}
	}

	/** Counts {@code sent} as given and the on-time ones among {@code timeliness}. */
	public static ReportingRate of(int sent, Collection<Timeliness> timeliness, int expected) {
		int onTime = (int) timeliness.stream().filter((t) -> t == Timeliness.ON_TIME).count();
		return new ReportingRate(sent, onTime, expected);
	}

	/** {@code 15/21}. */
	public String sentText() {
		return this.sent + "/" + this.expected;
	}

	/** {@code 12/21}. */
	public String onTimeText() {
		return this.onTime + "/" + this.expected;
	}
}
