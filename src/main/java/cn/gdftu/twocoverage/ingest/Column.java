package cn.gdftu.twocoverage.ingest;

import java.util.List;

/** A column of a return, with the canonical English name and the Chinese aliases of SPEC §3. */
public enum Column {

	EMPLOYER_ID("employer_id", "统一社会信用代码", "信用代码"),
	EMPLOYER_NAME("employer_name", "单位名称", "企业名称"),
	COUNTY_CODE("county_code", "区县代码", "县区代码"),
	INDUSTRY("industry", "行业门类", "行业"),
	OWNERSHIP("ownership", "经济类型", "所有制"),
	EMPLOYEES("employees", "职工人数"),
	WOMEN_EMPLOYEES("women_employees", "女职工人数"),
	WOMEN_MEMBERS("women_members", "女会员人数"),
	WOMEN_ORG("women_org", "女职工组织"),
	CONTRACT_ID("contract_id", "合同编号"),
	SCOPE("scope", "合同类型", "类型"),
	EFFECTIVE_FROM("effective_from", "生效日期"),
	EXPIRES_ON("expires_on", "到期日期", "终止日期");

	private final String canonical;

	private final List<String> aliases;

	Column(String canonical, String... aliases) {
		this.canonical = canonical;
		this.aliases = List.of(aliases);
	}

	public String canonical() {
		return this.canonical;
	}

	/** The first Chinese alias: the header of the templates and the name used in messages. */
	public String chineseName() {
		return this.aliases.get(0);
	}

	/** Whether a header cell names this column: trimmed, case-insensitive, full-width folded. */
	public boolean isNamedBy(String headerKey) {
		if (this.canonical.equals(headerKey)) {
			return true;
		}
		for (String alias : this.aliases) {
			if (alias.equals(headerKey)) {
				return true;
			}
		}
		return false;
	}

	/** How a message names the column: {@code expires_on（到期日期）}. */
	public String describe() {
		return this.canonical + "（" + chineseName() + "）";
	}
}
