package cn.gdftu.twocoverage.changes;

import cn.gdftu.twocoverage.ingest.SubmissionStatus;

/**
 * A city's row of changes.csv: its latest earlier submitted period ({@code null} when none) and what
 * its roster did since ({@code null} when the city is not submitted now or has no earlier period).
 */
public record CityChange(String cityCode, String name, SubmissionStatus status, String previousPeriod, Movement movement) {

	public boolean hasFigures() {
		return this.movement != null;
	}
}
