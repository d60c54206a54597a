package cn.gdftu.twocoverage.coverage;

import java.time.LocalDate;

import cn.gdftu.twocoverage.ingest.Scope;

/**
 * A contract in force at D that expires within 90 days after it (SPEC §6 expiring.csv), with the first
 * of its unions by name (the one union of a single-employer contract; empty when none is in the
 * roster), so the report can name who is about to lose cover.
 */
public record ExpiringContract(String cityCode, String contractId, Scope scope, LocalDate effectiveFrom,
		LocalDate expiresOn, int coveredEmployers, long coveredWomenEmployees, String countyCode,
		String firstEmployerName) {
}
