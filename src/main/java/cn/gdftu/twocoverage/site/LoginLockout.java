package cn.gdftu.twocoverage.site;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated wrong passwords (Spring Security has no lockout of its
 * own): counts each bad-credentials event, locks at the limit, and a good login clears the count.
 */
@Component
@ConditionalOnWebApplication
class LoginLockout {

	private static final Logger log = LoggerFactory.getLogger(LoginLockout.class);

	private final SiteStore store;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockFor;

	LoginLockout(SiteStore store, Clock clock, @Value("${two-coverage.login.max-failures}") int maxFailures,
			@Value("${two-coverage.login.lock-minutes}") long lockMinutes) {
		this.store = store;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockFor = Duration.ofMinutes(lockMinutes);
	}

	boolean isLocked(Account account) {
		return account.isLockedAt(this.clock.instant());
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String name = event.getAuthentication().getName();
		if (this.store.countFailure(name) == 0) {
			return; // no such account: nothing to lock
		}
		this.store.account(name).filter((account) -> account.failedLogins() >= this.maxFailures).ifPresent((account) -> {
			this.store.lockUntil(name, this.clock.instant().plus(this.lockFor).toString());
			log.warn("账户 {} 连续 {} 次密码错误，锁定 {} 分钟", name, this.maxFailures, this.lockFor.toMinutes());
		});
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.store.clearFailures(event.getAuthentication().getName());
	}
}
