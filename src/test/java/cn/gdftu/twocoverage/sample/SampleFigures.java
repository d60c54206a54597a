package cn.gdftu.twocoverage.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gdftu.twocoverage.ingest.Contract;
import cn.gdftu.twocoverage.ingest.Organization;
import cn.gdftu.twocoverage.ingest.WomenOrg;

/**
 * Rough province figures of generated data, to check that the sample looks the way its README says
 * (SPEC §4's unit rates, unit counts only). A check of the sample, not the job's calculation: when
 * the job's coverage code lands, these tests should use it instead.
 */
final class SampleFigures {

	private SampleFigures() {
	}

	static double organisationCoverage(List<Organization> unions) {
		List<Organization> needing = unions.stream().filter((o) -> o.womenMembers() >= 1).toList();
		long covered = needing.stream()
			.filter((o) -> o.womenOrg() == WomenOrg.COMMITTEE
					|| (o.womenMembers() < 10 && o.womenOrg() == WomenOrg.COMMISSIONER))
			.count();
		return (double) covered / needing.size();
	}

	static double contractCoverage(List<Organization> unions, List<Contract> contracts, LocalDate day) {
		Set<String> inForce = contracts.stream()
			.filter((c) -> !c.effectiveFrom().isAfter(day) && !c.expiresOn().isBefore(day))
			.map(Contract::employerId)
			.collect(Collectors.toSet());
		List<Organization> withWomen = unions.stream().filter((o) -> o.womenEmployees() >= 1).toList();
		return (double) withWomen.stream().filter((o) -> inForce.contains(o.employerId())).count() / withWomen.size();
	}
}
