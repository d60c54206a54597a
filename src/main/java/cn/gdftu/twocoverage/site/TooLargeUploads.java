package cn.gdftu.twocoverage.site;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The 413 answer for an upload over the limit when a browser posts the form: Tomcat refuses the
 * body while the CSRF filter reads its parameters, before any controller advice, and would show its
 * own English page. This filter runs before Security, catches that failure, audits the attempt and
 * writes the Chinese page (or JSON). Nothing of the upload has been stored at that point.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnWebApplication
class TooLargeUploads extends OncePerRequestFilter {

	private static final String AUDITED = TooLargeUploads.class.getName() + ".audited";

	private final UploadAudit audit;

	private final SpringTemplateEngine templates;

	private final DataSize limit;

	TooLargeUploads(UploadAudit audit, SpringTemplateEngine templates,
			@Value("${two-coverage.upload-limit}") DataSize limit) {
		this.audit = audit;
		this.templates = templates;
		this.limit = limit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IllegalStateException | ServletException ex) {
			if (!isSizeLimit(ex) || response.isCommitted()) {
				throw ex;
			}
			if (isPartHeader(ex)) {
				auditOnce(request, UploadAudit.BAD_REQUEST, "part header too long");
				write(request, response, HttpStatus.BAD_REQUEST, SiteErrors.BAD_MULTIPART);
				return;
			}
			auditOnce(request);
			write(request, response, HttpStatus.CONTENT_TOO_LARGE, SiteErrors.TOO_LARGE + "（上限 " + limitText() + "）");
		}
	}

	String limitText() {
		long megabytes = this.limit.toMegabytes();
		return (megabytes > 0) ? megabytes + " MB" : this.limit.toKilobytes() + " KB";
	}

	/** Records the attempt: the account from the session (Security has not run yet). */
	void auditOnce(HttpServletRequest request) {
		auditOnce(request, UploadAudit.TOO_LARGE, "over " + limitText());
	}

	void auditOnce(HttpServletRequest request, String outcome, String detail) {
		if (request.getAttribute(AUDITED) != null) {
			return;
		}
		request.setAttribute(AUDITED, Boolean.TRUE);
		this.audit.recordRefused(request, account(request), outcome, detail);
	}

	private static String account(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object context = (session != null)
				? session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) : null;
		if (context instanceof SecurityContext security && UploadAudit.signedIn(security.getAuthentication())) {
			return security.getAuthentication().getName();
		}
		return null;
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
			throws IOException {
		response.setStatus(status.value());
		response.setCharacterEncoding("UTF-8");
		// Tomcat stops reading the refused body; the browser must not reuse the connection.
		response.setHeader("Connection", "close");
		// Security's header writer never saw this answer.
		response.setHeader("Content-Security-Policy", SiteSecurityConfiguration.CONTENT_SECURITY_POLICY);
		response.setHeader("Referrer-Policy", SiteSecurityConfiguration.REFERRER_POLICY);
		if (SiteSecurityConfiguration.jsonRequests().matches(request)) {
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter().write("{\"status\":" + status.value() + ",\"message\":\"" + message + "\"}");
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		Context context = new Context();
		context.setVariable("status", status.value());
		context.setVariable("message", message);
		response.getWriter().write(this.templates.process("site/problem", context));
	}

	/**
	 * The container's limit on one part's headers (a file name of thousands of characters), which it
	 * reports as a size limit too: the upload is not too large, its name is.
	 */
	static boolean isPartHeader(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && cause.getMessage().startsWith("Header section has more than")) {
				return true;
			}
		}
		return false;
	}

	static boolean isSizeLimit(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getSimpleName().endsWith("SizeLimitExceededException")
					|| cause instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
				return true;
			}
		}
		return false;
	}
}
