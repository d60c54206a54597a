package cn.gdftu.twocoverage.site;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.changes.Warning;
import cn.gdftu.twocoverage.changes.WarningCode;
import cn.gdftu.twocoverage.review.CityReview;
import cn.gdftu.twocoverage.review.Reviews;

/**
 * The review of SPEC §12 on the site: the city explains its warnings, the province reads a city's review
 * and approves or sends back its current version. Pages answer a POST with a redirect; scripts get the
 * review as JSON.
 */
@Controller
@ConditionalOnWebApplication
class ReviewController {

	private final CurrentAccount accounts;

	private final OpenPeriods periods;

	private final CityReturns returns;

	private final CityReviews reviews;

	private final Reviews history;

	private final VersionCompare compare;

	ReviewController(CurrentAccount accounts, OpenPeriods periods, CityReturns returns, CityReviews reviews,
			Reviews history, VersionCompare compare) {
		this.accounts = accounts;
		this.periods = periods;
		this.returns = returns;
		this.reviews = reviews;
		this.history = history;
		this.compare = compare;
	}

	@GetMapping(path = "/returns/{period}/compare", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> compareJson(@PathVariable Period period, @RequestParam(required = false) String city,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Authentication who) {
		Target t = target(period, city, who, false);
		return this.compare.compare(t.period(), t.city(), from, to).json();
	}

	@GetMapping("/returns/{period}/compare")
	String comparePage(@PathVariable Period period, @RequestParam(required = false) String city,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Authentication who,
			Model model) {
		Target t = target(period, city, who, false);
		model.addAttribute("summary", this.returns.summary(t.period(), t.city()));
		model.addAttribute("comparison", this.compare.compare(t.period(), t.city(), from, to));
		return "site/compare";
	}

	@GetMapping("/returns/{period}/compare.csv")
	org.springframework.http.ResponseEntity<String> compareCsv(@PathVariable Period period,
			@RequestParam(required = false) String city, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Authentication who) {
		Target t = target(period, city, who, false);
		VersionCompare.Comparison comparison = this.compare.compare(t.period(), t.city(), from, to);
		String name = "compare-" + t.city() + "-" + t.period() + "-" + comparison.from() + "-" + comparison.to() + ".csv";
		return org.springframework.http.ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment().filename(name).build().toString())
			.body(comparison.csv());
	}

	@PostMapping(path = "/returns/{period}/explanations", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> explainJson(@PathVariable Period period, @RequestParam(required = false) String city,
			@RequestParam Map<String, String> fields, Authentication who, HttpServletRequest request) {
		Target t = explain(period, city, fields, who, request);
		return review(t).json();
	}

	@PostMapping("/returns/{period}/explanations")
	String explain(@PathVariable Period period, @RequestParam(required = false) String city,
			@RequestParam Map<String, String> fields, Authentication who, HttpServletRequest request,
			RedirectAttributes redirect) {
		Target t = explain(period, city, fields, who, request);
		redirect.addFlashAttribute("notice", "说明已保存，等待省总工会女职工部审核。");
		return "redirect:" + returnsPath(t, who);
	}

	@PostMapping(path = "/returns/{period}/review", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> decideJson(@PathVariable Period period, @RequestParam(required = false) String city,
			@RequestParam(required = false) String version, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String reason, Authentication who, HttpServletRequest request) {
		Target t = decide(period, city, version, decision, reason, who, request);
		return review(t).json();
	}

	@PostMapping("/returns/{period}/review")
	String decide(@PathVariable Period period, @RequestParam(required = false) String city,
			@RequestParam(required = false) String version, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String reason, Authentication who, HttpServletRequest request,
			RedirectAttributes redirect) {
		Target t = decide(period, city, version, decision, reason, who, request);
		redirect.addFlashAttribute("notice", CityReview.APPROVE.equals(decision) ? "已通过第 " + version + " 版。"
				: "已退回第 " + version + " 版，并告知理由。");
		return "redirect:" + reviewPath(t);
	}

	/** The province's review page of one city: warnings, explanations, versions, the decision form. */
	@GetMapping("/returns/{period}/review")
	String reviewPage(@PathVariable Period period, @RequestParam(required = false) String city, Authentication who,
			Model model) {
		Target t = target(period, city, who, true);
		CityReturns.Summary summary = this.returns.summary(t.period(), t.city());
		model.addAttribute("summary", summary);
		model.addAttribute("review", this.reviews.of(t.period(), t.city(), summary));
		model.addAttribute("events", this.history.events(t.period(), t.city()));
		return "site/review";
	}

	/** Every warning of one code of the current version (the pages show the first few). */
	@GetMapping("/returns/{period}/warnings")
	String warnings(@PathVariable Period period, @RequestParam(required = false) String city,
			@RequestParam(required = false) String code, Authentication who, Model model) {
		Target t = target(period, city, who, false);
		WarningCode c = WarningCode.parse(code);
		if (code != null && c == null) {
			throw new SiteException(HttpStatus.BAD_REQUEST, "没有这一类提示，可用：ROSTER_CHANGE、HEAD_COUNT_JUMP、"
					+ "COMMITTEE_DROPPED、CONTRACT_DROPPED、RATE_DROP");
		}
		CityReturns.Summary summary = this.returns.summary(t.period(), t.city());
		CityReview review = this.reviews.of(t.period(), t.city(), summary);
		List<Warning> shown = review.warnings().stream().filter((w) -> c == null || w.code() == c).toList();
		model.addAttribute("summary", summary);
		model.addAttribute("review", review);
		model.addAttribute("code", c);
		model.addAttribute("shown", shown);
		return "site/warnings";
	}

	private Target explain(Period period, String city, Map<String, String> fields, Authentication who,
			HttpServletRequest request) {
		Target t = target(period, city, who, false);
		this.reviews.explain(who.getName(), t.period(), t.city(), fields.get("version"), fields, request.getRemoteAddr());
		return t;
	}

	private Target decide(Period period, String city, String version, String decision, String reason,
			Authentication who, HttpServletRequest request) {
		Target t = target(period, city, who, true);
		this.reviews.decide(who.getName(), t.period(), t.city(), version, decision, reason, request.getRemoteAddr());
		return t;
	}

	private CityReview review(Target t) {
		return this.reviews.of(t.period(), t.city(), this.returns.summary(t.period(), t.city()));
	}

	private Target target(Period period, String city, Authentication who, boolean provinceOnly) {
		Account account = this.accounts.of(who);
		if (provinceOnly && !account.isProvince()) {
			throw new SiteException(HttpStatus.FORBIDDEN, "只有省总工会女职工部的账户可以审核各市的报送");
		}
		String cityCode = this.accounts.cityFor(account, city);
		return new Target(this.periods.requireStarted(period), cityCode, account.isProvince());
	}

	private static String returnsPath(Target t, Authentication who) {
		UriComponentsBuilder path = UriComponentsBuilder.fromPath("/returns/{period}");
		if (t.province()) {
			path.queryParam("city", t.city());
		}
		return path.buildAndExpand(t.period()).toUriString();
	}

	static String reviewPath(Target t) {
		return UriComponentsBuilder.fromPath("/returns/{period}/review").queryParam("city", t.city())
			.buildAndExpand(t.period()).toUriString();
	}

	record Target(Period period, String city, boolean province) {
	}
}
