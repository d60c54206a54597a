package cn.gdftu.twocoverage.site;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.report.ExcelText;

/**
 * The signed-in account, read from the database on each request (so a disabled account stops at
 * once), and the city it acts for: its own, or for a province account the {@code ?city=} it names.
 */
@Component
@ConditionalOnWebApplication
public class CurrentAccount {

	private final SiteStore store;

	private final ReferenceData reference;

	CurrentAccount(SiteStore store, ReferenceData reference) {
		this.store = store;
		this.reference = reference;
	}

	public Account of(Authentication authentication) {
		return this.store.account(authentication.getName())
			.filter(Account::enabled)
			.orElseThrow(() -> new SiteException(HttpStatus.FORBIDDEN, "账户已停用，请联系省总工会女职工部"));
	}

	/** The city this request acts for; the request never chooses a city for a city account. */
	public String cityFor(Account account, String requestedCity) {
		if (!account.isProvince()) {
			if (requestedCity != null && !requestedCity.isEmpty() && !requestedCity.equals(account.cityCode())) {
				throw new SiteException(HttpStatus.FORBIDDEN, "本账户只能查看和报送本市（" + account.cityCode() + "）的数据");
			}
			return account.cityCode();
		}
		if (requestedCity == null || requestedCity.isEmpty()) {
			throw new SiteException(HttpStatus.BAD_REQUEST, "省级账户请用 ?city=市代码 指明哪个市，例如 ?city=440100");
		}
		if (!this.reference.isCity(requestedCity)) {
			throw new SiteException(HttpStatus.BAD_REQUEST, ExcelText.prefix(requestedCity) + " 不是广东省地级市代码，例如广州为 440100");
		}
		return requestedCity;
	}

	public boolean isCity(String cityCode) {
		return this.reference.isCity(cityCode);
	}

	public String cityName(String cityCode) {
		return this.reference.city(cityCode).map((d) -> d.name()).orElse(cityCode);
	}
}
