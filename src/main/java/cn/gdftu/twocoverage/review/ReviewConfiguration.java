package cn.gdftu.twocoverage.review;

import org.jdbi.v3.core.Jdbi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

	@Bean
	Reviews reviews(Jdbi jdbi) {
		return new Reviews(jdbi);
	}
}
