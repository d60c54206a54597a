package cn.gdftu.twocoverage.changes;

import java.time.LocalDate;

import cn.gdftu.twocoverage.ingest.Scope;

/**
 * A contract in force last time that would still be in force now but is no longer reported: the
 * unions it covered, the first of them by name, and how many of them are still on the roster.
 */
public record VanishedContract(String cityCode, String contractId, Scope scope, LocalDate effectiveFrom,
		LocalDate expiresOn, int employers, String firstEmployer, int employersStillListed) {
}
