package cn.gdftu.twocoverage.site;

import org.jdbi.v3.core.Jdbi;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The province desk's stores; present only when {@code serve} starts a web server. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class DeskConfiguration {

	@Bean
	DeskStore deskStore(Jdbi jdbi) {
		return jdbi.onDemand(DeskStore.class);
	}

	@Bean
	CurrentReturnStore currentReturnStore(Jdbi jdbi) {
		return jdbi.onDemand(CurrentReturnStore.class);
	}
}
