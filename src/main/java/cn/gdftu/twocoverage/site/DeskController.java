package cn.gdftu.twocoverage.site;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.job.PeriodRun;
import cn.gdftu.twocoverage.job.PeriodRuns;
import cn.gdftu.twocoverage.notices.MailOutbox;
import cn.gdftu.twocoverage.notices.Notices;
import cn.gdftu.twocoverage.review.ReviewStatus;
import cn.gdftu.twocoverage.timeliness.Deadlines;

/**
 * The province's desk (SPEC §9, province only — {@link SiteSecurityConfiguration} refuses city accounts
 * with 403): a period's 21 cities, lock and unlock, the deadline, and running the monthly job. Every
 * change is written to the desk's audit trail; pages answer a POST with a redirect back to the period.
 */
@Controller
@ConditionalOnWebApplication
class DeskController {

	static final String LOCK = "lock";

	static final String UNLOCK = "unlock";

	static final String DEADLINE = "deadline";

	static final String RUN = "run";

	static final String REMIND = "remind";

	private final ProvinceDesk desk;

	private final OpenPeriods periods;

	private final PeriodLocks locks;

	private final Deadlines deadlines;

	private final PeriodRuns runs;

	private final DeskStore store;

	private final Clock clock;

	private final DeskReminders reminders;

	private final Notices notices;

	private final MailOutbox mail;

	DeskController(ProvinceDesk desk, OpenPeriods periods, PeriodLocks locks, Deadlines deadlines, PeriodRuns runs,
			DeskStore store, Clock clock, DeskReminders reminders, Notices notices, MailOutbox mail) {
		this.reminders = reminders;
		this.notices = notices;
		this.mail = mail;
		this.desk = desk;
		this.periods = periods;
		this.locks = locks;
		this.deadlines = deadlines;
		this.runs = runs;
		this.store = store;
		this.clock = clock;
	}

	/** The home page's period picker: to that period's page. */
	@GetMapping("/periods")
	String pick(@RequestParam Period period) {
		return back(this.periods.requireStarted(period));
	}

	@GetMapping(path = "/periods/{period}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<Map<String, Object>> citiesJson(@PathVariable Period period,
			@RequestParam(required = false) String review) {
		Period p = this.periods.requireStarted(period);
		ReviewStatus filter = reviewFilter(review);
		Map<String, String> reminded = this.notices.lastReminded(p);
		return this.desk.of(p).cities().stream()
			.filter((c) -> filter == null || c.review().status() == filter)
			.map((row) -> {
				Map<String, Object> json = row.json();
				json.put("last_reminded_at", reminded.get(row.code()));
				return json;
			})
			.toList();
	}

	@GetMapping("/periods/{period}")
	String page(@PathVariable Period period, @RequestParam(required = false) String review, Model model) {
		ProvinceDesk.PeriodDesk view = this.desk.of(this.periods.requireStarted(period));
		model.addAttribute("desk", view);
		model.addAttribute("reviewFilter", reviewFilter(review));
		model.addAttribute("recent", recent(view.period()));
		model.addAttribute("reminder", view.reminder(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()));
		model.addAttribute("remindDue", this.reminders.dueCities(view));
		model.addAttribute("lastReminded", this.notices.lastReminded(view.period()));
		model.addAttribute("mailOn", this.mail.enabled());
		model.addAttribute("mailTroubles", this.mail.troubled());
		PeriodRun run = this.runs.current().filter((r) -> r.period().equals(view.period())).orElse(null);
		model.addAttribute("run", run);
		if (run != null) {
			model.addAttribute("runStarted", CityReturns.show(run.startedAt().toString()));
			model.addAttribute("runProgress", String.join("\n", run.lines()));
		}
		model.addAttribute("otherRun", this.runs.current()
			.filter((r) -> r.state() == PeriodRun.State.RUNNING && !r.period().equals(view.period()))
			.orElse(null));
		return "site/period";
	}

	@PostMapping(path = "/periods/{period}/lock", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> lockJson(@PathVariable Period period, Authentication who, HttpServletRequest request) {
		return lockState(lock(period, who, request));
	}

	@PostMapping("/periods/{period}/lock")
	String lock(@PathVariable Period period, Authentication who, HttpServletRequest request,
			RedirectAttributes redirect) {
		Period p = lock(period, who, request);
		redirect.addFlashAttribute("notice", p.chineseLabel() + "已锁定：各市不能再上传，可以运行月度作业。");
		return back(p);
	}

	@PostMapping(path = "/periods/{period}/unlock", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> unlockJson(@PathVariable Period period, Authentication who, HttpServletRequest request) {
		return lockState(unlock(period, who, request));
	}

	@PostMapping("/periods/{period}/unlock")
	String unlock(@PathVariable Period period, Authentication who, HttpServletRequest request,
			RedirectAttributes redirect) {
		Period p = unlock(period, who, request);
		redirect.addFlashAttribute("notice", p.chineseLabel() + "已解锁：各市可以重新上传。");
		return back(p);
	}

	@PostMapping("/periods/{period}/deadline")
	String deadline(@PathVariable Period period, @RequestParam(defaultValue = "") String day, Authentication who,
			HttpServletRequest request, RedirectAttributes redirect) {
		Period p = this.periods.requireStarted(period);
		LocalDate due = day.isBlank() ? this.deadlines.usual(p).day() : parseDay(day, p);
		this.deadlines.set(p, due, who.getName(), this.clock.instant());
		audit(who, request, p, DEADLINE, due.toString());
		redirect.addFlashAttribute("notice", p.chineseLabel() + "的截止时间改为 " + this.deadlines.of(p).label() + "。");
		return back(p);
	}

	@PostMapping(path = "/periods/{period}/run", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> runJson(@PathVariable Period period, Authentication who,
			HttpServletRequest request) {
		PeriodRuns.Start start = run(period, who, request);
		HttpStatus status = !start.started() ? HttpStatus.CONFLICT
				: (start.run().state() == PeriodRun.State.FAILED) ? HttpStatus.UNPROCESSABLE_CONTENT
						: HttpStatus.ACCEPTED;
		return ResponseEntity.status(status).body(runState(start.run()));
	}

	@PostMapping("/periods/{period}/run")
	String run(@PathVariable Period period, Authentication who, HttpServletRequest request,
			RedirectAttributes redirect) {
		PeriodRuns.Start start = run(period, who, request);
		if (!start.started()) {
			PeriodRun going = start.run();
			redirect.addFlashAttribute("problem", "月度作业正在运行（" + going.period().chineseLabel() + "，" + going.account()
					+ " 于 " + CityReturns.show(going.startedAt().toString()) + " 启动），请等它结束后再运行。");
		}
		return back(this.periods.requireStarted(period));
	}

	/** 催报 (SPEC §13): a notice to the chosen cities, by default those missing, refused or overdue. */
	@PostMapping(path = "/periods/{period}/remind", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> remindJson(@PathVariable Period period, @RequestParam(required = false) List<String> cities,
			Authentication who, HttpServletRequest request) {
		Period p = this.periods.requireStarted(period);
		List<DeskReminders.Reminded> reminded = remind(p, cities, who, request);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("period", p.toString());
		json.put("reminded", reminded.stream().map(DeskReminders.Reminded::cityCode).toList());
		json.put("notices", reminded.stream().map((r) -> Map.of("city_code", r.cityCode(), "id", r.noticeId())).toList());
		json.put("mail", this.mail.enabled());
		return json;
	}

	@PostMapping("/periods/{period}/remind")
	String remind(@PathVariable Period period, @RequestParam(required = false) List<String> cities,
			Authentication who, HttpServletRequest request, RedirectAttributes redirect) {
		Period p = this.periods.requireStarted(period);
		List<DeskReminders.Reminded> reminded = remind(p, cities, who, request);
		redirect.addFlashAttribute("notice", reminded.isEmpty() ? "没有需要催报的市。"
				: "已向 " + reminded.size() + " 个市发出催报通知："
						+ String.join("、", reminded.stream().map(DeskReminders.Reminded::cityName).toList())
						+ (this.mail.enabled() ? "（同时发送邮件）。" : "。"));
		return back(p);
	}

	private List<DeskReminders.Reminded> remind(Period period, List<String> cities, Authentication who,
			HttpServletRequest request) {
		List<DeskReminders.Reminded> reminded = this.reminders.remind(period, cities);
		if (!reminded.isEmpty()) {
			audit(who, request, period, REMIND,
					String.join(" ", reminded.stream().map(DeskReminders.Reminded::cityCode).toList()));
		}
		return reminded;
	}

	/** The run of the period, for scripts and the page's progress. */
	@GetMapping(path = "/periods/{period}/run", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> runStateJson(@PathVariable Period period) {
		Period p = this.periods.requireStarted(period);
		return this.runs.current().filter((r) -> r.period().equals(p)).map((r) -> ResponseEntity.ok(runState(r)))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	/** The six months up to this one (China time) and the period shown, newest first, for the page's links. */
	private List<Period> recent(Period shown) {
		java.util.TreeSet<Period> periods = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
		java.time.YearMonth month = java.time.YearMonth.now(this.clock);
		for (int i = 0; i < 6; i++) {
			periods.add(new Period(month.minusMonths(i)));
		}
		periods.add(shown);
		return List.copyOf(periods);
	}

	private Period lock(Period period, Authentication who, HttpServletRequest request) {
		Period p = this.periods.requireStarted(period);
		if (this.locks.lock(p, who.getName())) {
			audit(who, request, p, LOCK, "");
		}
		return p;
	}

	private Period unlock(Period period, Authentication who, HttpServletRequest request) {
		Period p = this.periods.requireStarted(period);
		if (this.locks.unlock(p)) {
			audit(who, request, p, UNLOCK, "");
		}
		return p;
	}

	private PeriodRuns.Start run(Period period, Authentication who, HttpServletRequest request) {
		Period p = this.periods.requireStarted(period);
		PeriodRuns.Start start = this.runs.start(p, who.getName());
		if (start.started()) {
			audit(who, request, p, RUN, start.run().state() == PeriodRun.State.FAILED ? start.run().result() : "");
		}
		return start;
	}

	private Map<String, Object> lockState(Period period) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("period", period.toString());
		json.put("locked", this.locks.isLocked(period));
		return json;
	}

	static Map<String, Object> runState(PeriodRun run) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("period", run.period().toString());
		json.put("state", run.state().name().toLowerCase(java.util.Locale.ROOT));
		json.put("started_by", run.account());
		json.put("started_at", run.startedAt().toString());
		json.put("ended_at", (run.endedAt() == null) ? null : run.endedAt().toString());
		json.put("result", run.result());
		json.put("progress", run.lines());
		json.put("report", (run.state() == PeriodRun.State.COMPLETED) ? "/reports/" + run.period() + "/" : null);
		return json;
	}

	private void audit(Authentication who, HttpServletRequest request, Period period, String action, String detail) {
		this.store.audit(who.getName(), this.clock.instant().toString(), request.getRemoteAddr(), period,
				action, detail);
	}

	private static LocalDate parseDay(String day, Period period) {
		try {
			LocalDate due = LocalDate.parse(day.trim());
			if (due.isBefore(period.referenceDate())) {
				throw new SiteException(HttpStatus.BAD_REQUEST,
						"截止日期不能早于" + period.chineseLabel() + "的最后一天（" + period.referenceDate() + "）");
			}
			return due;
		}
		catch (DateTimeParseException ex) {
			throw new SiteException(HttpStatus.BAD_REQUEST, "截止日期应为 YYYY-MM-DD，例如 2026-11-15，而不是 " + day);
		}
	}

	/** {@code ?review=needs_explanation}: only the cities in that review status; none or empty: all. */
	private static ReviewStatus reviewFilter(String review) {
		if (review == null || review.isEmpty()) {
			return null;
		}
		ReviewStatus status = ReviewStatus.parse(review);
		if (status == null || status == ReviewStatus.NONE) {
			throw new SiteException(HttpStatus.BAD_REQUEST,
					"review 应为 needs_explanation、awaiting_review、approved、returned 或 as_files");
		}
		return status;
	}

	private static String back(Period period) {
		return "redirect:/periods/" + period;
	}
}
