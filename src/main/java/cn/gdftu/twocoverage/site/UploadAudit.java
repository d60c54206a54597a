package cn.gdftu.twocoverage.site;

import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.report.ExcelText;

/** The audit trail: every upload attempt, stored or not, with the SHA-256 of each file received. */
@Component
@ConditionalOnWebApplication
public class UploadAudit {

	private static final Logger log = LoggerFactory.getLogger(UploadAudit.class);

	/** Outcomes, as stored in {@code upload_audit.outcome}. */
	public static final String STORED = "stored";

	public static final String REJECTED = "rejected";

	public static final String FORBIDDEN = "forbidden";

	public static final String LOCKED = "locked";

	/** A city sent for a month its page no longer offers. */
	public static final String CLOSED = "closed";

	public static final String TOO_LARGE = "too_large";

	public static final String BAD_REQUEST = "bad_request";

	public static final String ERROR = "error";

	private static final Pattern RETURN_PATH = Pattern.compile("/returns/([^/]+)");

	private final SiteStore store;

	private final Clock clock;

	private final ReferenceData reference;

	private final Jdbi jdbi;

	UploadAudit(SiteStore store, Clock clock, ReferenceData reference, Jdbi jdbi) {
		this.store = store;
		this.clock = clock;
		this.reference = reference;
		this.jdbi = jdbi;
	}

	/** Whether someone is signed in (not nobody, not Spring's anonymous stand-in). */
	static boolean signedIn(Authentication who) {
		return who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
	}

	/**
	 * An upload refused before the site could read it (too large, no CSRF token): period from the path,
	 * city from the query string or else the account's own, no files. With no account ({@code null}) it
	 * is only logged: the upload audit holds attempts of accounts, never text a stranger chose.
	 */
	public void recordRefused(HttpServletRequest request, String account, String outcome, String detail) {
		if (account == null) {
			log.warn("upload by nobody refused ({}) from {}: {}", outcome, request.getRemoteAddr(),
					ExcelText.prefix(request.getRequestURI()).replaceAll("\\p{Cntrl}", "?"));
			return;
		}
		Matcher path = RETURN_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		String period = path.matches() ? path.group(1) : request.getRequestURI();
		String city = cityFromQuery(request);
		if (city == null) {
			city = this.store.account(account).map(Account::cityCode).orElse(null);
		}
		record(account, request.getRemoteAddr(), period, city, List.of(), outcome, null, detail);
	}

	/** Whether the request is an upload, {@code POST /returns/{period}}. */
	public static boolean isUpload(HttpServletRequest request) {
		return "POST".equals(request.getMethod())
				&& RETURN_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	/** From the query string only: a refused body cannot be read for parameters. */
	private static String cityFromQuery(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query != null) {
			for (String pair : query.split("&")) {
				if (pair.startsWith("city=")) {
					return pair.substring("city=".length());
				}
			}
		}
		return null;
	}

	public void record(String account, String remoteAddress, String period, String city,
			List<ReturnStorage.StoredFile> files, String outcome, Integer version, String detail) {
		String fileLines = files.stream().map((f) -> f.name() + " " + f.size() + " " + f.sha256())
			.collect(Collectors.joining("\n"));
		// Only a real period and city are stored as such; anything else was the sender's text.
		String p = Period.isPeriod(period) ? period : "";
		String c = (city != null && this.reference.isCity(city)) ? city : "";
		AuditEntry entry = new AuditEntry(account, this.clock.instant().toString(), remoteAddress, p, c, fileLines,
				outcome, version, (detail != null) ? ExcelText.prefix(detail) : "");
		if (CurrentReturnStore.REFUSALS.contains(outcome) && !p.isEmpty() && !c.isEmpty()) {
			// A refused return is the city's last attempt on the desk: its row changes with the audit.
			this.jdbi.useTransaction((handle) -> {
				handle.attach(SiteStore.class).audit(entry);
				handle.attach(CurrentReturnStore.class).refused(entry);
			});
		}
		else {
			this.store.audit(entry);
		}
		log.info("upload {} {} {} by {} from {}: {}{}", p, c, files.size() + " file(s)", account, remoteAddress,
				outcome, (version != null) ? " v" + version : "");
	}
}
