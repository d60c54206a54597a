package cn.gdftu.twocoverage.notices;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.review.ReviewNotices;

/**
 * The e-mail outbox's background round runs on Spring's scheduler, in the site only; and the review's
 * decisions (SPEC §12) reach the city as notices (SPEC §13), by e-mail too when mail is set up.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class NoticesConfiguration {

	@Bean
	ReviewNotices reviewNotices(Notices notices) {
		return new ReviewNotices() {

			@Override
			public void returned(Period period, String cityCode, int version, String reason, String by) {
				notices.returned(cityCode, period, reason);
			}

			@Override
			public void approved(Period period, String cityCode, int version, String by) {
				notices.approved(cityCode, period);
			}
		};
	}
}
