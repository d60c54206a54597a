package cn.gdftu.twocoverage.site;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.gdftu.twocoverage.notices.Notices;
import cn.gdftu.twocoverage.reference.ReferenceData;

/** The login page and the home page: a city's open periods, or the province's way in. */
@Controller
@ConditionalOnWebApplication
class HomeController {

	/** The newest notices on a city's home page; the rest at /notices. */
	static final int NOTICES_SHOWN = 5;

	private final CurrentAccount accounts;

	private final OpenPeriods periods;

	private final CityReturns returns;

	private final ReferenceData reference;

	private final Notices notices;

	HomeController(CurrentAccount accounts, OpenPeriods periods, CityReturns returns, ReferenceData reference,
			Notices notices) {
		this.accounts = accounts;
		this.periods = periods;
		this.returns = returns;
		this.reference = reference;
		this.notices = notices;
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
		model.addAttribute("notices", this.notices.of(account).stream().limit(NOTICES_SHOWN).toList());
		model.addAttribute("summaries", this.periods.offered().stream()
			.map((period) -> this.returns.summary(period, account.cityCode()))
			.toList());
		return "site/city-home";
	}
}
