package cn.gdftu.twocoverage.site;

import java.time.Clock;
import java.time.Duration;

import org.jdbi.v3.core.Jdbi;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import cn.gdftu.twocoverage.ChinaTime;
import cn.gdftu.twocoverage.Period;

/** The site's stores and static resources; present only when {@code serve} starts a web server. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SiteConfiguration implements WebMvcConfigurer {

	@Bean
	SiteStore siteStore(Jdbi jdbi) {
		return jdbi.onDemand(SiteStore.class);
	}

	@Bean
	Clock siteClock() {
		return Clock.system(ChinaTime.ZONE);
	}

	/**
	 * {@code @PathVariable Period}: a malformed period throws the {@link SiteException} of
	 * {@link OpenPeriods#read}, which {@link SiteErrors} finds as the cause of the conversion failure.
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, Period.class, OpenPeriods::read);
	}

	/** The bundled font, served from the jar, so pages show Chinese on machines without Chinese fonts. */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/fonts/**")
			.addResourceLocations("classpath:/fonts/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(30)));
	}
}
