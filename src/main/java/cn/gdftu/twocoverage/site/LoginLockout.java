package cn.gdftu.twocoverage.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated wrong passwords (Spring Security has no lockout of its
 * own). Each attempt is counted, atomically, before its password is checked ({@link #admit(String)}), so
 * thirty parallel tries evaluate at most the configured number of guesses; the attempt that reaches the
 * limit locks the account, and a good login clears the count.
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

	/** Counts one attempt at the account's password; false (refuse unchecked) while it is locked. */
	boolean admit(String name) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		boolean admitted = this.store.admitAttempt(name, this.maxFailures, now.toString(),
				now.plus(this.lockFor).toString()) > 0;
		if (!admitted) {
			log.warn("账户 {} 已因连续 {} 次密码错误锁定，本次登录未检查密码", name, this.maxFailures);
		}
		return admitted;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.store.clearFailures(event.getAuthentication().getName());
	}
}
