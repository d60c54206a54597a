package cn.gdftu.twocoverage.site;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends sessions and holds one-time passwords (SPEC §13), checked on every request after Spring
 * Security has found who is signed in:
 * <ul>
 * <li>Each account has a {@code session_stamp} (random, in {@code site_account}); a login stores it in
 * the session ({@link #STAMP}). Changing, resetting or setting a password and disabling an account write
 * a new stamp ({@link #freshStamp()}); a request whose session holds another stamp, or whose account is
 * disabled, has its session invalidated and goes to {@code /login?ended} (JSON: 401). The account that
 * changes its own password keeps its session ({@link #keep}).</li>
 * <li>An account holding a one-time password is sent to {@code /password} from every other page (JSON:
 * 403 {@code {"error": "password_change_required"}}) until it sets its own.</li>
 * </ul>
 * One read of the account per request. Not a bean, so that it runs only inside the security chain.
 */
public final class AccountSessions extends OncePerRequestFilter {

	/** The session attribute holding the stamp the session was made with. */
	static final String STAMP = "two-coverage.session-stamp";

	static final String PASSWORD_PAGE = "/password";

	/** What an account holding a one-time password may still reach. */
	private static final Set<String> OPEN = Set.of(PASSWORD_PAGE, "/logout", "/login", "/site.css", "/error",
			"/favicon.ico");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SiteStore store;

	private final Clock clock;

	AccountSessions(SiteStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** A new stamp: writing it to an account ends every session made before. */
	public static String freshStamp() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/** After an account changed its own password: this session goes on with the new stamp. */
	public static void keep(HttpServletRequest request, String stamp) {
		request.getSession().setAttribute(STAMP, stamp);
	}

	/** At a good login: the session takes the account's stamp, and the login time is recorded. */
	AuthenticationSuccessHandler onLogin() {
		return (request, response, authentication) -> {
			Optional<Account> account = this.store.account(authentication.getName());
			account.ifPresent((a) -> {
				request.getSession().setAttribute(STAMP, a.sessionStamp());
				this.store.recordLogin(a.name(), this.clock.instant().toString());
			});
			boolean mustChange = account.map(Account::mustChangePassword).orElse(false);
			response.sendRedirect(request.getContextPath() + (mustChange ? PASSWORD_PAGE : "/"));
		};
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		Optional<Account> account = (who == null || who instanceof AnonymousAuthenticationToken
				|| !who.isAuthenticated()) ? Optional.empty() : this.store.account(who.getName());
		if (account.isEmpty()) {
			chain.doFilter(request, response); // not signed in, or no such account: the controllers refuse
			return;
		}
		if (ended(request.getSession(false), account.get())) {
			end(request, response);
		}
		else if (account.get().mustChangePassword() && !OPEN.contains(path(request))
				&& !path(request).startsWith("/fonts/")) {
			changeFirst(request, response);
		}
		else {
			chain.doFilter(request, response);
		}
	}

	/**
	 * Whether the session is over: the account is disabled, or its stamp changed since the session began.
	 * A session with no stamp yet (signed in by other means than the login form) takes the current one.
	 */
	private static boolean ended(HttpSession session, Account account) {
		if (!account.enabled()) {
			return true;
		}
		if (session == null) {
			return false;
		}
		Object stamp = session.getAttribute(STAMP);
		if (stamp == null) {
			session.setAttribute(STAMP, account.sessionStamp());
			return false;
		}
		return !stamp.equals(account.sessionStamp());
	}

	private static void end(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		if (SiteSecurityConfiguration.jsonRequests().matches(request)) {
			json(response, HttpStatus.UNAUTHORIZED, "session_ended", "登录已失效（密码已更改或账户已停用），请重新登录");
		}
		else {
			response.sendRedirect(request.getContextPath() + "/login?ended");
		}
	}

	private static void changeFirst(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (SiteSecurityConfiguration.jsonRequests().matches(request)) {
			json(response, HttpStatus.FORBIDDEN, "password_change_required", "请先在 /password 设置自己的密码（当前为一次性密码）");
		}
		else {
			response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
		}
	}

	/** {@code {"error": code, "message": text}}; both are fixed texts of ours, free of quotes. */
	private static void json(HttpServletResponse response, HttpStatus status, String code, String message)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"error\":\"" + code + "\",\"message\":\"" + message + "\"}");
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
