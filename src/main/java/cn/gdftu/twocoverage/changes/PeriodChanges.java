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

	/** SPEC §12's warnings for one city, from this period's rows of §11 (none when it has no figures). */
	public List<Warning> warnings(String cityCode, WarningRules rules) {
		CityChange city = this.cities.stream().filter((c) -> c.cityCode().equals(cityCode)).findFirst().orElse(null);
		if (city == null || !city.hasFigures()) {
			return List.of();
		}
		return rules.warnings(city.previousPeriod(), city.movement(),
				this.unusualUnions.stream().filter((u) -> u.cityCode().equals(cityCode)).toList(),
				this.vanishedContracts.stream().filter((c) -> c.cityCode().equals(cityCode)).toList());
	}

	public int flagCount() {
		return this.rosterJumps.size() + this.unusualUnions.size() + this.vanishedContracts.size();
	}
}
