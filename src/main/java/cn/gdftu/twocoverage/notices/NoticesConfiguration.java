package cn.gdftu.twocoverage.notices;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The e-mail outbox's background round runs on Spring's scheduler, in the site only. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class NoticesConfiguration {
}
