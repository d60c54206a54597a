package cn.gdftu.twocoverage.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import cn.gdftu.twocoverage.Period;

/**
 * A city's return for a period (SPEC §9): its page and upload form, the upload itself, and the
 * current rejects file. The same endpoints answer scripts in JSON ({@code Accept: application/json}).
 */
@Controller
@ConditionalOnWebApplication
class ReturnsController {

	private static final int ERRORS_SHOWN = 20;

	private final CurrentAccount accounts;

	private final OpenPeriods periods;

	private final CityReturns returns;

	private final Uploads uploads;

	private final ReturnStorage storage;

	private final CityReviews reviews;

	ReturnsController(CurrentAccount accounts, OpenPeriods periods, CityReturns returns, Uploads uploads,
			ReturnStorage storage, CityReviews reviews) {
		this.accounts = accounts;
		this.periods = periods;
		this.returns = returns;
		this.uploads = uploads;
		this.storage = storage;
		this.reviews = reviews;
	}

	@GetMapping(path = "/returns/{period}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> returnJson(@PathVariable Period period, @RequestParam(required = false) String city,
			Authentication authentication) {
		CityReturns.Summary summary = summary(period, city, authentication);
		Map<String, Object> json = summary.json();
		json.put("review", this.reviews.of(summary.period(), summary.cityCode(), summary).json());
		return json;
	}

	@GetMapping("/returns/{period}")
	String returnPage(@PathVariable Period period, @RequestParam(required = false) String city,
			Authentication authentication, Model model) {
		CityReturns.Summary summary = summary(period, city, authentication);
		model.addAttribute("summary", summary);
		model.addAttribute("review", this.reviews.of(summary.period(), summary.cityCode(), summary));
		return "site/returns";
	}

	/** The province's picker on its home page. */
	@GetMapping("/returns/pick")
	String pick(@RequestParam Period period, @RequestParam String city) {
		// Only a real period and city reach the Location header (a CR/LF there would break it).
		this.periods.requireStarted(period);
		if (!this.accounts.isCity(city)) {
			throw new SiteException(HttpStatus.BAD_REQUEST, "请选择一个市（市代码如 440100）");
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/returns/{period}").queryParam("city", city)
			.buildAndExpand(period).toUriString();
	}

	// The uploads take the period as text: Uploads refuses a malformed one itself, after auditing the attempt.
	@PostMapping(path = "/returns/{period}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> uploadJson(@PathVariable String period,
			@RequestParam(required = false) String city, @RequestParam Map<String, MultipartFile> parts,
			Authentication authentication, HttpServletRequest request) {
		Uploads.Outcome outcome = this.uploads.upload(authentication, period, city, parts, request.getRemoteAddr());
		return ResponseEntity.status(outcome.status()).body(outcome.json());
	}

	@PostMapping("/returns/{period}")
	ModelAndView uploadPage(@PathVariable String period, @RequestParam(required = false) String city,
			@RequestParam Map<String, MultipartFile> parts, Authentication authentication, HttpServletRequest request) {
		Uploads.Outcome outcome = this.uploads.upload(authentication, period, city, parts, request.getRemoteAddr());
		ModelAndView page = new ModelAndView("site/returns");
		CityReturns.Summary summary = this.returns.summary(outcome.period(), outcome.cityCode());
		page.addObject("summary", summary);
		page.addObject("review", this.reviews.of(summary.period(), summary.cityCode(), summary));
		page.addObject("outcome", outcome);
		page.addObject("shown", outcome.result().rejects().subList(0,
				Math.min(ERRORS_SHOWN, outcome.result().rejects().size())));
		page.setStatus(outcome.status());
		return page;
	}

	@GetMapping("/returns/{period}/rejects.csv")
	ResponseEntity<Resource> rejects(@PathVariable Period period, @RequestParam(required = false) String city,
			Authentication authentication) throws IOException {
		CityReturns.Summary summary = summary(period, city, authentication);
		if (summary.current() == null || !summary.current().checked()) {
			throw new SiteException(HttpStatus.NOT_FOUND, "这一期还没有经网站校验的报送，没有错误清单");
		}
		Path file = this.storage.rejectsFile(period, summary.cityCode(), summary.current().stored().version());
		if (!Files.isRegularFile(file)) {
			throw new SiteException(HttpStatus.NOT_FOUND, "找不到这一版本的错误清单");
		}
		String name = "rejects-" + summary.cityCode() + "-" + period + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(new FileSystemResource(file));
	}

	private CityReturns.Summary summary(Period period, String city, Authentication authentication) {
		Account account = this.accounts.of(authentication);
		String cityCode = this.accounts.cityFor(account, city);
		return this.returns.summary(this.periods.requireStarted(period), cityCode);
	}
}
