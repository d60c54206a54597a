package cn.gdftu.twocoverage.changes;

import java.util.List;

import cn.gdftu.twocoverage.Period;

/**
 * SPEC §11 for one period: every city's row in reference order, the province row (the sum of the
 * rows with figures, {@code null} when none has), the latest earlier stored period ({@code null} for
 * the first stored period), and the unusual changes to check.
 */
public record PeriodChanges(Period period, String previousPeriod, List<CityChange> cities, Movement province,
		List<RosterJump> rosterJumps, List<UnusualUnion> unusualUnions, List<VanishedContract> vanishedContracts,
		ChangeThresholds thresholds) {

	public boolean first() {
		return this.previousPeriod == null;
	}

	public int flagCount() {
		return this.rosterJumps.size() + this.unusualUnions.size() + this.vanishedContracts.size();
	}
}
