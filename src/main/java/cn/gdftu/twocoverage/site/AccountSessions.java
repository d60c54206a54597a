package cn.gdftu.twocoverage.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session lives only as long as the credentials it was opened with. At login the session keeps a
 * fingerprint of the account's password hash; on every request the account is read again and the
 * session ends when the account was disabled or its password changed or reset — by the site or by
 * {@code users password} in another process (a new hash is salted anew, so even the same password gives
 * a new fingerprint). No extra column is needed. A page that changes the signed-in account's own
 * password calls {@link #stamp} afterwards to keep that one session.
 */
final class AccountSessions extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

	static final String CREDENTIAL = AccountSessions.class.getName() + ".credential";

	private final SiteStore store;

	AccountSessions(SiteStore store) {
		this.store = store;
	}

	/** Binds the session to the account's current password. */
	static void stamp(HttpSession session, Account account) {
		session.setAttribute(CREDENTIAL, fingerprint(account));
	}

	static String fingerprint(Account account) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(account.passwordHash().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		HttpSession session = request.getSession(false);
		if (who == null || who instanceof AnonymousAuthenticationToken || session == null || stillValid(session, who)) {
			chain.doFilter(request, response);
			return;
		}
		log.info("账户 {} 的密码已更改或账户已停用，结束其旧会话", who.getName());
		session.invalidate();
		SecurityContextHolder.clearContext();
		if (SiteSecurityConfiguration.jsonRequests().matches(request)) {
			response.sendError(HttpStatus.UNAUTHORIZED.value());
			return;
		}
		response.sendRedirect(request.getContextPath() + "/login?expired");
	}

	/** A session opened before this check existed carries no fingerprint: it is bound to the current one. */
	private boolean stillValid(HttpSession session, Authentication who) {
		Account account = this.store.account(who.getName()).filter(Account::enabled).orElse(null);
		if (account == null) {
			return false;
		}
		Object stamped = session.getAttribute(CREDENTIAL);
		if (stamped == null) {
			stamp(session, account);
			return true;
		}
		return stamped.equals(fingerprint(account));
	}
}
