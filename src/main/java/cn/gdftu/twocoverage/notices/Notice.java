package cn.gdftu.twocoverage.notices;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.site.CityReturns;

/** A notice as an account sees it: {@code read} by that account. */
public record Notice(@ColumnName("notice_id") long id, @ColumnName("city_code") String cityCode, String at,
		String kind, Period period, String subject, String body, boolean read) {

	public String shownAt() {
		return CityReturns.show(this.at);
	}

	public String kindLabel() {
		return NoticeKind.of(this.kind).label();
	}

	/** SPEC §13's object. */
	Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", this.id);
		json.put("at", this.at);
		json.put("kind", this.kind);
		json.put("period", this.period.toString());
		json.put("subject", this.subject);
		json.put("body", this.body);
		json.put("read", this.read);
		json.put("city_code", this.cityCode);
		return json;
	}
}
