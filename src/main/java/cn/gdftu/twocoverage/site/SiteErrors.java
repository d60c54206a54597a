package cn.gdftu.twocoverage.site;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
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

	private final TooLargeUploads tooLarge;

	SiteErrors(TooLargeUploads tooLarge) {
		this.tooLarge = tooLarge;
	}

	@ExceptionHandler(SiteException.class)
	Object refused(SiteException ex, HttpServletRequest request) {
		return answer(request, ex.status(), ex.getMessage());
	}

	/** Reached when the multipart request is parsed after Security (token in a header, or MockMvc). */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		if (!(ex instanceof Uploads.TooLarge)) {
			this.tooLarge.auditOnce(request);
		}
		return answer(request, HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE + "（上限 " + this.tooLarge.limitText() + "）");
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
