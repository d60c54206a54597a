package cn.gdftu.twocoverage.changes;

import org.jdbi.v3.core.Jdbi;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gdftu.twocoverage.reference.ReferenceData;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ChangeThresholds.class, ReviewThresholds.class })
class ChangesConfiguration {

	@Bean
	ChangeCalculator changeCalculator(Jdbi jdbi, ReferenceData reference, ChangeThresholds thresholds) {
		return new ChangeCalculator(jdbi.onDemand(ChangeStore.class), reference, thresholds);
	}

	@Bean
	WarningRules warningRules(ChangeThresholds changes, ReviewThresholds review) {
		return new WarningRules(changes, review);
	}

	@Bean
	ReturnWarnings returnWarnings(Jdbi jdbi, WarningRules rules) {
		return new ReturnWarnings(jdbi, rules);
	}
}
