package cn.gdftu.twocoverage.report;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gdftu.twocoverage.Numbers;
import cn.gdftu.twocoverage.coverage.ExpiringContract;
import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.report.ReportView.Expiring;
import cn.gdftu.twocoverage.report.ReportView.ExpiringCity;
import cn.gdftu.twocoverage.report.ReportView.ExpiringRow;

/** Contracts expiring soon on index.html: by city, the first few of each. */
final class ExpiringSection {

	static final int EXPIRING_SHOWN = 10;

	private ExpiringSection() {
	}

	static Expiring of(ReportData data, ReferenceData reference) {
		Map<String, List<ExpiringContract>> byCity = new LinkedHashMap<>();
		reference.cities().forEach((c) -> byCity.put(c.code(), new ArrayList<>()));
		for (ExpiringContract contract : data.expiring()) {
			byCity.computeIfAbsent(contract.cityCode(), (c) -> new ArrayList<>()).add(contract);
		}
		List<ExpiringCity> cities = new ArrayList<>();
		byCity.forEach((code, contracts) -> {
			if (contracts.isEmpty()) {
				return;
			}
			List<ExpiringRow> shown = contracts.stream().limit(EXPIRING_SHOWN)
				.map((c) -> expiringRow(data, reference, c))
				.toList();
			cities.add(new ExpiringCity(code, cityName(reference, code), contracts.size(), shown,
					contracts.get(0).expiresOn().toString()));
		});
		return new Expiring(data.expiring().size(), EXPIRING_SHOWN, ReportDataLoader.EXPIRY_WINDOW_DAYS,
				data.period().referenceDate().plusDays(ReportDataLoader.EXPIRY_WINDOW_DAYS).toString(), cities);
	}

	private static ExpiringRow expiringRow(ReportData data, ReferenceData reference, ExpiringContract c) {
		String first = c.firstEmployerName();
		String employer = (c.coveredEmployers() > 1) ? first + " 等 " + c.coveredEmployers() + " 家" : first;
		String county = c.countyCode().isEmpty() ? "跨区县"
				: reference.county(c.cityCode(), c.countyCode()).map(Division::name).orElse(c.countyCode());
		return new ExpiringRow(c.contractId(), c.scope().label(), employer, county,
				c.effectiveFrom().toString(), c.expiresOn().toString(),
				ChronoUnit.DAYS.between(data.period().referenceDate(), c.expiresOn()), c.coveredEmployers(),
				Numbers.count(c.coveredWomenEmployees()));
	}

	private static String cityName(ReferenceData reference, String code) {
		return reference.city(code).map(Division::name).orElse(code);
	}

}
