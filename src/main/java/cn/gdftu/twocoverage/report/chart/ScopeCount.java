package cn.gdftu.twocoverage.report.chart;

import java.util.Objects;

import cn.gdftu.twocoverage.ingest.Scope;

/** Contracts in force of one scope: how many contracts, and how many unions they cover. */
public record ScopeCount(Scope scope, int contracts, int unions) {

	public ScopeCount {
		Objects.requireNonNull(scope, "scope");
		if (contracts < 0 || unions < 0) {
			throw new IllegalArgumentException("counts must not be negative: " + scope);
		}
	}
}
