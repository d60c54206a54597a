package cn.gdftu.twocoverage.site;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

/** Counts the passwords actually checked and found wrong (HardeningTests), in the shared {@link SiteContext}. */
@TestConfiguration
class PasswordChecks {

	final List<String> wrong = new CopyOnWriteArrayList<>();

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		this.wrong.add(event.getAuthentication().getName());
	}
}
