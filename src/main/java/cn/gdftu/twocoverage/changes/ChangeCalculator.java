package cn.gdftu.twocoverage.changes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;
import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;

/**
 * Works out SPEC §11 for a published load. Cities are compared in groups that share a previous
 * period (usually one group: last month), one query per group, so every count is SQL over the two
 * loads' stored rows.
 */
public final class ChangeCalculator {

	private final ChangeStore store;

	private final ReferenceData reference;

	private final ChangeThresholds thresholds;

	public ChangeCalculator(ChangeStore store, ReferenceData reference, ChangeThresholds thresholds) {
		this.store = store;
		this.reference = reference;
		this.thresholds = thresholds;
	}

	public PeriodChanges changes(Period period, long load) {
		Map<String, SubmissionStatus> statuses = new HashMap<>();
		this.store.statuses(load).forEach((s) -> statuses.put(s.cityCode(), s.status()));
		Set<String> submitted = new HashSet<>();
		statuses.forEach((city, status) -> {
			if (status == SubmissionStatus.SUBMITTED) {
				submitted.add(city);
			}
		});
		Map<String, ChangeStore.Prior> priors = new HashMap<>();
		this.store.priors(period).forEach((p) -> priors.put(p.cityCode(), p));
		Map<ChangeStore.Prior, List<String>> groups = new LinkedHashMap<>();
		for (Division city : this.reference.cities()) {
			ChangeStore.Prior prior = priors.get(city.code());
			if (submitted.contains(city.code()) && prior != null) {
				groups.computeIfAbsent(new ChangeStore.Prior("", prior.period(), prior.loadId()), (k) -> new ArrayList<>())
					.add(city.code());
			}
		}
		Map<String, Movement> movements = new HashMap<>();
		List<UnusualUnion> unions = new ArrayList<>();
		List<VanishedContract> contracts = new ArrayList<>();
		groups.forEach((prior, cities) -> {
			var previousD = prior.period().referenceDate();
			this.store.movements(load, period.referenceDate(), prior.loadId(), previousD, cities)
				.forEach((m) -> movements.put(m.cityCode(), m));
			unions.addAll(this.store.unusualUnions(load, prior.loadId(), cities, this.thresholds.headCountFactor(),
					this.thresholds.committeeWomenMembers()));
			contracts.addAll(
					this.store.vanishedContracts(load, period.referenceDate(), prior.loadId(), previousD, cities));
		});
		List<CityChange> rows = new ArrayList<>();
		List<RosterJump> jumps = new ArrayList<>();
		Movement province = null;
		for (Division city : this.reference.cities()) {
			ChangeStore.Prior prior = priors.get(city.code());
			Movement m = movements.get(city.code());
			SubmissionStatus status = statuses.getOrDefault(city.code(), SubmissionStatus.MISSING);
			rows.add(new CityChange(city.code(), city.name(), status, (prior == null) ? null : prior.period().toString(), m));
			if (m != null) {
				province = ((province == null) ? Movement.none(ReferenceData.PROVINCE_CODE) : province).plus(m);
				if (this.thresholds.rosterJumped(m.unionsPrevious(), m.unionsCurrent())) {
					jumps.add(new RosterJump(city.code(), prior.period().toString(), m.unionsPrevious(), m.unionsCurrent()));
				}
			}
		}
		unions.sort(java.util.Comparator.comparing(UnusualUnion::cityCode).thenComparing(UnusualUnion::employerId));
		contracts.sort(
				java.util.Comparator.comparing(VanishedContract::cityCode).thenComparing(VanishedContract::contractId));
		return new PeriodChanges(period, this.store.previousPeriod(period).orElse(null), rows, province,
				jumps, unions, contracts, this.thresholds);
	}
}
