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
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
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

	@Bean
	SecurityFilterChain siteSecurity(HttpSecurity http, UploadAudit audit, SiteStore store, Clock clock)
			throws Exception {
		AccountSessions sessions = new AccountSessions(store, clock);
		return http
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

	/** An upload refused here (no or a stale CSRF token) is an attempt too: it goes into the audit. */
	private static AccessDeniedHandler auditedRefusals(UploadAudit audit) {
		AccessDeniedHandler standard = new AccessDeniedHandlerImpl();
		return (request, response, denied) -> {
			if (UploadAudit.isUpload(request)) {
				Authentication who = SecurityContextHolder.getContext().getAuthentication();
				audit.recordRefused(request, (who != null) ? who.getName() : "（未登录）", UploadAudit.FORBIDDEN,
						denied.getClass().getSimpleName());
			}
			standard.handle(request, response, denied);
		};
	}

	private static ExceptionMappingAuthenticationFailureHandler loginFailures() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/login?error");
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				DisabledException.class.getName(), "/login?disabled"));
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

	@Bean
	UserDetailsService accountDetails(SiteStore store, LoginLockout lockout) {
		return (name) -> store.account(name)
			.map((account) -> User.withUsername(account.name())
				.password(account.passwordHash())
				.disabled(!account.enabled())
				.accountLocked(lockout.isLocked(account))
				.roles(account.isProvince() ? PROVINCE : CITY)
				.build())
			.orElseThrow(() -> new UsernameNotFoundException(name));
	}
}
