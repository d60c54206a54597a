package cn.gdftu.twocoverage.ingest;

import java.time.LocalDate;

/** A row of contracts.csv: one contract covering one employer. */
public record Contract(int line, String contractId, Scope scope, String employerId, LocalDate effectiveFrom,
		LocalDate expiresOn) implements LineOutcome {
}
