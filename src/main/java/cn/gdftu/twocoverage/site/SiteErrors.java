package cn.gdftu.twocoverage.site;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.security.core.Authentication;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals as the user reads them: a Chinese page (or JSON for scripts) with the §9 status code and
 * what to do; never a stack trace.
 */
@ControllerAdvice
@ConditionalOnWebApplication
class SiteErrors {

	static final String TOO_LARGE = "文件太大，超过了网站的上限，没有保存任何内容。请删去多余的工作表、图片或空白行后重新上传；"
			+ "仍然太大时请分成两张表（CSV 更小）上传。";

	static final String BAD_MULTIPART = "上传的文件无法接收：文件名过长或含有不允许的字符，没有保存任何内容。"
			+ "请把文件改名为简短的名称（如 organizations.csv、contracts.csv 或 月报.xlsx）后重新上传。";

	private final TooLargeUploads tooLarge;

	private final UploadAudit audit;

	SiteErrors(TooLargeUploads tooLarge, UploadAudit audit) {
		this.tooLarge = tooLarge;
		this.audit = audit;
	}

	@ExceptionHandler(SiteException.class)
	Object refused(SiteException ex, HttpServletRequest request) {
		return answer(request, ex.status(), ex.getMessage());
	}

	/** Reached when the multipart request is parsed after Security (token in a header, or MockMvc). */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		if (TooLargeUploads.isPartHeader(ex)) {
			this.tooLarge.auditOnce(request, UploadAudit.BAD_REQUEST, "part header too long");
			return answer(request, HttpStatus.BAD_REQUEST, BAD_MULTIPART);
		}
		if (!(ex instanceof Uploads.TooLarge)) {
			this.tooLarge.auditOnce(request);
		}
		return answer(request, HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE + "（上限 " + this.tooLarge.limitText() + "）");
	}

	/**
	 * A multipart body the container could not take apart (a NUL or an overlong file name, a broken
	 * boundary): 400, audited when it was an upload by someone signed in.
	 */
	@ExceptionHandler(MultipartException.class)
	Object badMultipart(MultipartException ex, HttpServletRequest request, Authentication who) {
		if (UploadAudit.isUpload(request)) {
			this.audit.recordRefused(request, UploadAudit.signedIn(who) ? who.getName() : null, UploadAudit.BAD_REQUEST,
					"multipart");
		}
		return answer(request, HttpStatus.BAD_REQUEST, BAD_MULTIPART);
	}

	static Object answer(HttpServletRequest request, HttpStatus status, String message) {
		if (SiteSecurityConfiguration.jsonRequests().matches(request)) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("status", status.value());
			json.put("message", message);
			return ResponseEntity.status(status).body(json);
		}
		ModelAndView page = new ModelAndView("site/problem");
		page.addObject("status", status.value());
		page.addObject("message", message);
		page.setStatus(status);
		return page;
	}
}
