package cn.gdftu.twocoverage.report.chart;

import java.util.Locale;
import java.util.Objects;

/** Contracts in force of one scope: how many contracts, and how many unions they cover. */
public record ScopeCount(Scope scope, int contracts, int unions) {

	public ScopeCount {
		Objects.requireNonNull(scope, "scope");
		if (contracts < 0 || unions < 0) {
			throw new IllegalArgumentException("counts must not be negative: " + scope);
		}
	}

	/** The contract scopes of SPEC §3, with the names used on the charts. */
	public enum Scope {

		ENTERPRISE("单独签订"), REGIONAL("区域性"), INDUSTRY("行业性");

		private final String label;

		Scope(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		/** Parses the canonical scope word: enterprise, regional or industry. */
		public static Scope of(String code) {
			return valueOf(code.trim().toUpperCase(Locale.ROOT));
		}
	}
}
