package cn.gdftu.twocoverage.coverage;

import java.time.LocalDate;

import cn.gdftu.twocoverage.ingest.Scope;

/** A contract in force at D that expires within 90 days after it (SPEC §6 expiring.csv). */
public record ExpiringContract(String cityCode, String contractId, Scope scope, LocalDate effectiveFrom,
		LocalDate expiresOn, int coveredEmployers, long coveredWomenEmployees, String countyCode) {
}
