package cn.gdftu.twocoverage.site;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.gdftu.twocoverage.reference.ReferenceData;

/** The login page and the home page: a city's open periods, or the province's way in. */
@Controller
@ConditionalOnWebApplication
class HomeController {

	private final CurrentAccount accounts;

	private final OpenPeriods periods;

	private final CityReturns returns;

	private final ReferenceData reference;

	HomeController(CurrentAccount accounts, OpenPeriods periods, CityReturns returns, ReferenceData reference) {
		this.accounts = accounts;
		this.periods = periods;
		this.returns = returns;
		this.reference = reference;
	}

	@GetMapping("/login")
	String login() {
		return "site/login";
	}

	@GetMapping("/")
	String home(Authentication authentication, Model model) {
		Account account = this.accounts.of(authentication);
		model.addAttribute("account", account);
		model.addAttribute("periods", this.periods.offered());
		if (account.isProvince()) {
			model.addAttribute("cities", this.reference.cities());
			return "site/province-home";
		}
		model.addAttribute("cityName", this.accounts.cityName(account.cityCode()));
		model.addAttribute("summaries", this.periods.offered().stream()
			.map((period) -> this.returns.summary(period, account.cityCode()))
			.toList());
		return "site/city-home";
	}
}
