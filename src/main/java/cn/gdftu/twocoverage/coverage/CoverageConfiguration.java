package cn.gdftu.twocoverage.coverage;

import org.jdbi.v3.core.Jdbi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gdftu.twocoverage.reference.ReferenceData;

@Configuration(proxyBeanMethods = false)
class CoverageConfiguration {

	@Bean
	CoverageStore coverageStore(Jdbi jdbi) {
		return jdbi.onDemand(CoverageStore.class);
	}

	@Bean
	CoverageCalculator coverageCalculator(CoverageStore coverage, ReferenceData reference) {
		return new CoverageCalculator(coverage, reference);
	}
}
