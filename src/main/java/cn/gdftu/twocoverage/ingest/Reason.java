package cn.gdftu.twocoverage.ingest;

/**
 * Why a row is rejected (SPEC §5), with the Chinese message a city officer reads in the rejects file
 * and the filling guide (docs/填报说明.md) explains.
 */
public enum Reason {

	MISSING_VALUE("必填项为空", "请填写该项"),
	BAD_EMPLOYER_ID("统一社会信用代码无效（应为18位，且校验位正确）", "请按营业执照核对18位代码"),
	BAD_COUNTY("区县代码不是本市的区县", "请填写本市区县的6位行政区划代码（东莞、中山填市代码）"),
	BAD_INDUSTRY("行业门类应为A–T中的一个字母", "请填写国民经济行业门类字母，如制造业填C"),
	BAD_OWNERSHIP("经济类型无效", "请填写国有、集体、私营（民营）、外商投资（外资）、港澳台投资（港澳台）或其他"),
	BAD_NUMBER("人数应为不带小数的非负整数（职工人数至少为1）", "请填写整数，如1234或1,234"),
	INCONSISTENT_COUNTS("人数不一致：女职工人数不能多于职工人数，女会员人数不能多于女职工人数", "请核对职工人数、女职工人数和女会员人数"),
	BAD_WOMEN_ORG("女职工组织应为“女职工委员会”“女职工委员”或“无”", "请填写女职工委员会、女职工委员或无"),
	BAD_SCOPE("合同类型应为“单独”“区域性”或“行业性”", "请填写单独（企业）、区域性或行业性"),
	BAD_DATE("日期无法识别", "请写成2026-07-01、2026/7/1、2026.7.1、2026年7月1日或20260701"),
	DATE_ORDER("到期日期早于生效日期", "请核对生效日期和到期日期"),
	DUPLICATE_EMPLOYER("统一社会信用代码重复", "每个单位只填一行，请删除重复行"),
	UNKNOWN_EMPLOYER("该单位不在本期已采用的基层工会台账中", "请先在organizations.csv中填报该单位，或核对统一社会信用代码"),
	DUPLICATE_ROW("同一合同同一单位重复填报", "请删除重复行"),
	INCONSISTENT_CONTRACT("同一合同各行的类型或日期不一致，或单独合同填了多个单位", "请核对该合同的所有行：类型和日期应一致，单独合同只填一个单位");

	private final String message;

	private final String advice;

	Reason(String message, String advice) {
		this.message = message;
		this.advice = advice;
	}

	/** What is wrong, in the words of the filling guide. */
	public String message() {
		return this.message;
	}

	/** What the city should do about it. */
	public String advice() {
		return this.advice;
	}
}
