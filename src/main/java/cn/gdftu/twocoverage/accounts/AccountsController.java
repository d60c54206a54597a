package cn.gdftu.twocoverage.accounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gdftu.twocoverage.reference.ReferenceData;

/**
 * {@code /accounts} (SPEC §13, province only — {@code SiteSecurityConfiguration} answers a city account
 * 403): the list, create, reset, disable, enable, unlock. Scripts get JSON ({@code Accept:
 * application/json}; a create may also send a JSON body); pages answer a POST with a redirect back to
 * the list, where a one-time password is shown once.
 */
@Controller
@ConditionalOnWebApplication
class AccountsController {

	private final AccountAdmin admin;

	private final ReferenceData reference;

	AccountsController(AccountAdmin admin, ReferenceData reference) {
		this.admin = admin;
		this.reference = reference;
	}

	@GetMapping(path = "/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<Map<String, Object>> listJson() {
		return this.admin.accounts().stream().map(AccountView::json).toList();
	}

	@GetMapping("/accounts")
	String page(Model model) {
		model.addAttribute("accounts", this.admin.accounts());
		model.addAttribute("trail", this.admin.trail());
		model.addAttribute("cities", this.reference.cities());
		return "site/accounts";
	}

	@PostMapping(path = "/accounts", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> createFromJson(@RequestBody Map<String, String> body, Authentication who,
			HttpServletRequest request) {
		return issued(this.admin.create(fields(body), actor(who, request)));
	}

	@PostMapping(path = "/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> createJson(@RequestParam Map<String, String> form, Authentication who,
			HttpServletRequest request) {
		return issued(this.admin.create(fields(form), actor(who, request)));
	}

	@PostMapping("/accounts")
	String create(@RequestParam Map<String, String> form, Authentication who, HttpServletRequest request,
			RedirectAttributes redirect) {
		AccountAdmin.Issued issued = this.admin.create(fields(form), actor(who, request));
		redirect.addFlashAttribute("issued", issued);
		redirect.addFlashAttribute("notice", "已新建账户 " + issued.account().username() + "。");
		return "redirect:/accounts";
	}

	@PostMapping(path = "/accounts/{username}/reset", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> resetJson(@PathVariable String username, Authentication who, HttpServletRequest request) {
		return issued(this.admin.reset(username, actor(who, request)));
	}

	@PostMapping("/accounts/{username}/reset")
	String reset(@PathVariable String username, Authentication who, HttpServletRequest request,
			RedirectAttributes redirect) {
		AccountAdmin.Issued issued = this.admin.reset(username, actor(who, request));
		redirect.addFlashAttribute("issued", issued);
		redirect.addFlashAttribute("notice", "已为 " + username + " 重设一次性密码，其原有登录已失效。");
		return "redirect:/accounts";
	}

	@PostMapping(path = "/accounts/{username}/{action:disable|enable|unlock}",
			produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> actJson(@PathVariable String username, @PathVariable String action, Authentication who,
			HttpServletRequest request) {
		return act(username, action, actor(who, request)).json();
	}

	@PostMapping("/accounts/{username}/{action:disable|enable|unlock}")
	String act(@PathVariable String username, @PathVariable String action, Authentication who,
			HttpServletRequest request, RedirectAttributes redirect) {
		act(username, action, actor(who, request));
		String done = switch (action) {
			case AccountAdmin.DISABLE -> "已停用 " + username + "，其登录已失效。";
			case AccountAdmin.ENABLE -> "已启用 " + username + "。";
			default -> "已解锁 " + username + "。";
		};
		redirect.addFlashAttribute("notice", done);
		return "redirect:/accounts";
	}

	private AccountView act(String username, String action, AccountAdmin.Actor actor) {
		return switch (action) {
			case AccountAdmin.DISABLE -> this.admin.disable(username, actor);
			case AccountAdmin.ENABLE -> this.admin.enable(username, actor);
			default -> this.admin.unlock(username, actor);
		};
	}

	private static Map<String, Object> issued(AccountAdmin.Issued issued) {
		Map<String, Object> json = new LinkedHashMap<>(issued.account().json());
		json.put("temporary_password", issued.temporaryPassword());
		return json;
	}

	static AccountAdmin.Actor actor(Authentication who, HttpServletRequest request) {
		return new AccountAdmin.Actor(who.getName(), request.getRemoteAddr());
	}

	/** The fields as SPEC §13 names them, from a form or a JSON body. */
	static AccountAdmin.NewAccount fields(Map<String, String> fields) {
		return new AccountAdmin.NewAccount(fields.get("username"), fields.get("kind"), fields.get("city_code"),
				fields.get("display_name"), fields.get("email"));
	}
}
