package cn.gdftu.twocoverage.timeliness;

import org.jdbi.v3.core.Jdbi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimelinessConfiguration {

	@Bean
	DeadlineStore deadlineStore(Jdbi jdbi) {
		return jdbi.onDemand(DeadlineStore.class);
	}
}
