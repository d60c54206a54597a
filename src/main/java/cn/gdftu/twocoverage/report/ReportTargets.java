package cn.gdftu.twocoverage.report;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The targets the report measures each rate against ({@code two-coverage.targets.org} and
 * {@code .contract} in application.properties): the league table's colours and the unions still
 * needed, and the target lines of the charts. Fractions in (0, 1], like the rates.
 */
@ConfigurationProperties("two-coverage.targets")
record ReportTargets(BigDecimal org, BigDecimal contract) {

	ReportTargets {
		check("org", org);
		check("contract", contract);
	}

	private static void check(String name, BigDecimal target) {
		if (target == null || target.signum() <= 0 || target.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException(
					"two-coverage.targets." + name + " must be a fraction in (0, 1], e.g. 0.95, got " + target);
		}
	}
}
