package cn.gdftu.twocoverage.notices;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import cn.gdftu.twocoverage.site.Account;
import cn.gdftu.twocoverage.site.CurrentAccount;
import cn.gdftu.twocoverage.site.SiteException;

/**
 * {@code GET /notices} and {@code POST /notices/{id}/read} (SPEC §13): a city account's notices (the
 * province sees every city's), JSON {@code [{id, at, kind, period, subject, body, read}]} for scripts.
 */
@Controller
@ConditionalOnWebApplication
class NoticesController {

	private final Notices notices;

	private final CurrentAccount accounts;

	NoticesController(Notices notices, CurrentAccount accounts) {
		this.notices = notices;
		this.accounts = accounts;
	}

	@GetMapping(path = "/notices", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<Map<String, Object>> listJson(Authentication who) {
		return this.notices.of(this.accounts.of(who)).stream().map(Notice::json).toList();
	}

	@GetMapping("/notices")
	String page(Authentication who, Model model) {
		Account account = this.accounts.of(who);
		model.addAttribute("account", account);
		model.addAttribute("notices", this.notices.of(account));
		return "site/notices";
	}

	@PostMapping(path = "/notices/{id}/read", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> readJson(@PathVariable String id, Authentication who) {
		return this.notices.read(this.accounts.of(who), id(id)).json();
	}

	@PostMapping("/notices/{id}/read")
	String read(@PathVariable String id, Authentication who) {
		long notice = id(id);
		this.notices.read(this.accounts.of(who), notice);
		return "redirect:/notices#notice-" + notice;
	}

	private static long id(String id) {
		if (!id.matches("[0-9]{1,18}")) {
			throw new SiteException(HttpStatus.NOT_FOUND, "没有这条通知");
		}
		return Long.parseLong(id);
	}
}
