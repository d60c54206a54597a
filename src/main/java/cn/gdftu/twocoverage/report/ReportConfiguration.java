package cn.gdftu.twocoverage.report;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gdftu.twocoverage.changes.ChangeCalculator;
import cn.gdftu.twocoverage.changes.WarningRules;
import cn.gdftu.twocoverage.review.Reviews;
import cn.gdftu.twocoverage.coverage.CoverageStore;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.store.Stores;
import cn.gdftu.twocoverage.timeliness.Deadlines;

/** The report writer of the monthly job, with the targets bound from application.properties. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportTargets.class)
class ReportConfiguration {

	private final CoverageStore coverage;

	private final Jdbi jdbi;

	private final ReferenceData reference;

	private final ReportTargets targets;

	private final ChangeCalculator changes;

	private final Deadlines deadlines;

	private final Reviews reviews;

	private final WarningRules rules;

	ReportConfiguration(CoverageStore coverage, Jdbi jdbi, ReferenceData reference, ReportTargets targets,
			ChangeCalculator changes, Deadlines deadlines, Reviews reviews, WarningRules rules) {
		this.coverage = coverage;
		this.jdbi = jdbi;
		this.reference = reference;
		this.targets = targets;
		this.changes = changes;
		this.deadlines = deadlines;
		this.reviews = reviews;
		this.rules = rules;
	}

	@Bean
	PeriodReport periodReport(DataSource dataSource) {
		return new PeriodReport(this.coverage, this.jdbi.onDemand(ReportStore.class), this.reference, this.targets,
				this.changes, this.deadlines, this.reviews, this.rules, Stores.hasSpareConnection(dataSource));
	}
}
