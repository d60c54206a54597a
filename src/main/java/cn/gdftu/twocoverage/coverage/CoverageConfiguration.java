package cn.gdftu.twocoverage.coverage;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.store.Stores;

@Configuration(proxyBeanMethods = false)
class CoverageConfiguration {

	@Bean
	CoverageStore coverageStore(Jdbi jdbi) {
		return jdbi.onDemand(CoverageStore.class);
	}

	@Bean
	CoverageCalculator coverageCalculator(CoverageStore coverage, ReferenceData reference, CityCubes cubes) {
		return new CoverageCalculator(coverage, reference, cubes);
	}

	/**
	 * Cubes ahead on SQLite with a second pooled connection only (see {@link CityCubes});
	 * {@code two-coverage.cubes-ahead=false} turns them off.
	 */
	@Bean
	CityCubes cityCubes(CoverageStore coverage, DataSource dataSource, @Value("${spring.datasource.url}") String url,
			@Value("${two-coverage.cubes-ahead:true}") boolean ahead) {
		return new CityCubes(coverage,
				ahead && url.startsWith("jdbc:sqlite:") && Stores.hasSpareConnection(dataSource));
	}
}
