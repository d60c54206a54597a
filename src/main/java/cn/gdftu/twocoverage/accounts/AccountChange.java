package cn.gdftu.twocoverage.accounts;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

import cn.gdftu.twocoverage.site.CityReturns;

/** A line of the accounts' audit trail: who changed which account, when, from where, and how. */
public record AccountChange(String account, String at, @ColumnName("remote_address") String remoteAddress,
		String target, String action, String detail) {

	public String shownAt() {
		return CityReturns.show(this.at);
	}

	/** The action in Chinese, as the page shows it. */
	public String label() {
		return switch (this.action) {
			case AccountAdmin.CREATE -> "新建账户";
			case AccountAdmin.RESET -> "重设一次性密码";
			case AccountAdmin.DISABLE -> "停用";
			case AccountAdmin.ENABLE -> "启用";
			case AccountAdmin.UNLOCK -> "解锁";
			case AccountAdmin.PASSWORD -> "本人修改密码";
			default -> this.action;
		};
	}

	Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("by", this.account);
		json.put("at", this.at);
		json.put("remote_address", this.remoteAddress);
		json.put("username", this.target);
		json.put("action", this.action);
		json.put("detail", this.detail);
		return json;
	}
}
