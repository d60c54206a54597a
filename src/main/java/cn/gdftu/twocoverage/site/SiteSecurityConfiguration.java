package cn.gdftu.twocoverage.site;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;

/**
 * Who may do what on the site (SPEC §9): form login at /login, CSRF on every POST, province-only
 * routes, and scripts asking for JSON get 401 instead of the login page. Accounts come from the
 * database; a city account's city is looked up per request, never taken from the request.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SiteSecurityConfiguration {

	static final String PROVINCE = "PROVINCE";

	static final String CITY = "CITY";

	/**
	 * What a page may load: only this site; inline styles because the report pages carry their own
	 * (and no page has a script of its own). Sent on every answer, the reports included.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
			+ "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	static final String REFERRER_POLICY = "no-referrer";

	@Bean
	SecurityFilterChain siteSecurity(HttpSecurity http, UploadAudit audit, SiteStore store, Clock clock)
			throws Exception {
		AccountSessions sessions = new AccountSessions(store, clock);
		return http
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/login", "/site.css", "/fonts/**", "/error", "/favicon.ico").permitAll()
				.requestMatchers("/periods/**", "/accounts", "/accounts/**").hasRole(PROVINCE)
				// Reports: province always, a city once its period is locked and run (ReportFilesController).
				.anyRequest().authenticated())
			.formLogin((form) -> form
				.loginPage("/login")
				.successHandler(sessions.onLogin())
				.failureHandler(loginFailures()))
			// Ended sessions and one-time passwords (SPEC §13), once the request's account is known.
			.addFilterAfter(sessions, AuthorizationFilter.class)
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.exceptionHandling((exceptions) -> exceptions
				.accessDeniedHandler(auditedRefusals(audit))
				.authenticationEntryPoint(new DelegatingAuthenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"),
						new RequestMatcherEntry<>(jsonRequests(), new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))))
			.build();
	}

	/**
	 * An upload refused here (no or a stale CSRF token) is an attempt too: it goes into the audit when
	 * someone is signed in; a POST from nobody is only logged (its period and city are the sender's words).
	 */
	private static AccessDeniedHandler auditedRefusals(UploadAudit audit) {
		AccessDeniedHandler standard = new AccessDeniedHandlerImpl();
		return (request, response, denied) -> {
			if (UploadAudit.isUpload(request)) {
				Authentication who = SecurityContextHolder.getContext().getAuthentication();
				audit.recordRefused(request, UploadAudit.signedIn(who) ? who.getName() : null, UploadAudit.FORBIDDEN,
						denied.getClass().getSimpleName());
			}
			standard.handle(request, response, denied);
		};
	}

	/**
	 * A wrong password, an unknown name and a locked account get the same answer, so the page does not
	 * tell which names exist; a disabled account (right password) is told so.
	 */
	private static ExceptionMappingAuthenticationFailureHandler loginFailures() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/login?error");
		handler.setExceptionMappings(Map.of(DisabledException.class.getName(), "/login?disabled"));
		return handler;
	}

	/** Scripts ({@code Accept: application/json}); a browser's {@code *}/{@code *} does not count. */
	static MediaTypeRequestMatcher jsonRequests() {
		MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(new HeaderContentNegotiationStrategy(),
				MediaType.APPLICATION_JSON);
		matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return matcher;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return Passwords.ENCODER;
	}

	/**
	 * The account of a login attempt, the attempt counted first ({@link LoginLockout#admit}): a locked
	 * account is refused before its password is checked; it still costs one hash, as an unknown name
	 * does, so the time of the answer does not tell them apart either.
	 */
	@Bean
	UserDetailsService accountDetails(SiteStore store, LoginLockout lockout) {
		String decoy = Passwords.ENCODER.encode("decoy-password");
		return (name) -> store.account(name)
			.map((account) -> {
				boolean admitted = lockout.admit(account.name());
				if (!admitted) {
					Passwords.ENCODER.matches(name, decoy);
				}
				return User.withUsername(account.name())
					.password(account.passwordHash())
					.disabled(!account.enabled())
					.accountLocked(!admitted)
					.roles(account.isProvince() ? PROVINCE : CITY)
					.build();
			})
			.orElseThrow(() -> new UsernameNotFoundException(name));
	}
}
