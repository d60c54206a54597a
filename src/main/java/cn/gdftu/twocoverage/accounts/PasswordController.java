package cn.gdftu.twocoverage.accounts;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gdftu.twocoverage.site.AccountSessions;
import cn.gdftu.twocoverage.site.CurrentAccount;
import cn.gdftu.twocoverage.site.PasswordRule;

/**
 * {@code /password} (SPEC §13): every account sets its own password here ({@code current},
 * {@code password}, {@code confirm}); an account holding a one-time password is sent here from every
 * page until it has. This session stays signed in; the account's other sessions end.
 */
@Controller
@ConditionalOnWebApplication
class PasswordController {

	private final AccountAdmin admin;

	private final CurrentAccount accounts;

	PasswordController(AccountAdmin admin, CurrentAccount accounts) {
		this.admin = admin;
		this.accounts = accounts;
	}

	@GetMapping("/password")
	String page(Authentication who, Model model) {
		model.addAttribute("oneTime", this.accounts.of(who).mustChangePassword());
		model.addAttribute("minLength", PasswordRule.MIN_LENGTH);
		return "site/password";
	}

	@PostMapping(path = "/password", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> changeJson(@RequestParam(defaultValue = "") String current,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirm,
			Authentication who, HttpServletRequest request) {
		change(current, password, confirm, who, request);
		return Map.of("username", who.getName(), "changed", true);
	}

	@PostMapping("/password")
	String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirm, Authentication who, HttpServletRequest request,
			RedirectAttributes redirect) {
		change(current, password, confirm, who, request);
		redirect.addFlashAttribute("passwordChanged", true);
		return "redirect:/";
	}

	private void change(String current, String password, String confirm, Authentication who,
			HttpServletRequest request) {
		this.accounts.of(who);
		String stamp = this.admin.changeOwn(who.getName(), current, password, confirm,
				AccountsController.actor(who, request));
		AccountSessions.keep(request, stamp);
	}
}
