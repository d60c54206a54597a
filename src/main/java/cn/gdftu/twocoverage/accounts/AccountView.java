package cn.gdftu.twocoverage.accounts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gdftu.twocoverage.site.Account;
import cn.gdftu.twocoverage.site.CityReturns;

/** An account as {@code /accounts} lists it (SPEC §13); never its password hash. */
public record AccountView(String username, String kind, String cityCode, String cityName, String displayName,
		String email, boolean enabled, String lockedUntil, boolean locked, String lastLoginAt,
		boolean mustChangePassword) {

	static final String CITY = "city";

	static final String PROVINCE = "province";

	static AccountView of(Account account, String cityName, Instant now) {
		return new AccountView(account.name(), account.isProvince() ? PROVINCE : CITY, account.cityCode(), cityName,
				account.displayName(), account.email(), account.enabled(), account.lockedUntil(),
				account.isLockedAt(now), account.lastLoginAt(), account.mustChangePassword());
	}

	public String kindLabel() {
		return PROVINCE.equals(this.kind) ? "省级" : "市级";
	}

	public String shownLockedUntil() {
		return (this.lockedUntil == null) ? "" : CityReturns.show(this.lockedUntil);
	}

	public String shownLastLogin() {
		return (this.lastLoginAt == null) ? "从未登录" : CityReturns.show(this.lastLoginAt);
	}

	Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("username", this.username);
		json.put("kind", this.kind);
		json.put("city_code", this.cityCode);
		json.put("display_name", this.displayName);
		json.put("email", this.email);
		json.put("enabled", this.enabled);
		// A lock that has run out is no lock: shown as none.
		json.put("locked_until", this.locked ? this.lockedUntil : null);
		json.put("last_login_at", this.lastLoginAt);
		json.put("password_change_required", this.mustChangePassword);
		return json;
	}
}
