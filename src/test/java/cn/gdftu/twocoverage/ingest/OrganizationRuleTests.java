package cn.gdftu.twocoverage.ingest;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gdftu.twocoverage.reference.ReferenceData;

import static cn.gdftu.twocoverage.ingest.Column.COUNTY_CODE;
import static cn.gdftu.twocoverage.ingest.Column.EMPLOYEES;
import static cn.gdftu.twocoverage.ingest.Column.EMPLOYER_ID;
import static cn.gdftu.twocoverage.ingest.Column.INDUSTRY;
import static cn.gdftu.twocoverage.ingest.Column.OWNERSHIP;
import static cn.gdftu.twocoverage.ingest.Column.WOMEN_EMPLOYEES;
import static cn.gdftu.twocoverage.ingest.Column.WOMEN_MEMBERS;
import static cn.gdftu.twocoverage.ingest.Column.WOMEN_ORG;
import static cn.gdftu.twocoverage.ingest.Fixtures.GZ1;
import static cn.gdftu.twocoverage.ingest.Fixtures.GZ2;
import static cn.gdftu.twocoverage.ingest.Fixtures.organization;
import static cn.gdftu.twocoverage.ingest.Fixtures.with;
import static cn.gdftu.twocoverage.ingest.ReturnKind.ORGANIZATIONS;
import static org.assertj.core.api.Assertions.assertThat;

class OrganizationRuleTests {

	private OrganizationRule guangzhou;

	@BeforeEach
	void newRule() {
		this.guangzhou = new OrganizationRule(ReferenceData.bundled(), "440100");
	}

	private static Checked<Organization> check(OrganizationRule rule, int line, Map<Column, String> values) {
		return rule.check(ReturnRow.of(ORGANIZATIONS, line, values));
	}

	private static Organization accepted(Checked<Organization> checked) {
		assertThat(checked).isInstanceOf(Checked.Accepted.class);
		return ((Checked.Accepted<Organization>) checked).value();
	}

	private static RowRejection rejected(Checked<Organization> checked) {
		assertThat(checked).isInstanceOf(Checked.Rejected.class);
		return ((Checked.Rejected<Organization>) checked).rejection();
	}

	/** The rejection of one row that breaks one rule: reason, line, column, value and advice. */
	private void assertRejected(Map<Column, String> values, Reason reason, Column column, String value) {
		RowRejection rejection = rejected(check(this.guangzhou, 7, values));
		assertThat(rejection.file()).isEqualTo("organizations.csv");
		assertThat(rejection.reason()).isEqualTo(reason);
		assertThat(rejection.line()).isEqualTo(7);
		assertThat(rejection.column()).isEqualTo(column.canonical());
		assertThat(rejection.value()).isEqualTo(value);
		assertThat(rejection.message()).startsWith(reason.message()).endsWith("，" + reason.advice());
	}

	@Nested
	class Accepted {

		@Test
		void aGoodRowBecomesAnOrganization() {
			Organization organization = accepted(check(guangzhou, 3, organization(GZ1)));
			assertThat(organization).isEqualTo(new Organization(3, GZ1, "广州甲电子有限公司", "440106", "C", "private", 100, 40,
					30, WomenOrg.COMMITTEE));
		}

		@Test
		void valuesAreNormalisedAsTheSpecSays() {
			Map<Column, String> values = organization(" 9144011403000001xe ");
			values.put(COUNTY_CODE, "４４０１１４");
			values.put(INDUSTRY, "ｃ");
			values.put(OWNERSHIP, "STATE");
			values.put(EMPLOYEES, "1,234");
			values.put(WOMEN_EMPLOYEES, "５６０");
			values.put(WOMEN_MEMBERS, " 420 ");
			values.put(WOMEN_ORG, "Commissioner");
			Organization organization = accepted(check(guangzhou, 3, values));
			assertThat(organization.employerId()).isEqualTo("9144011403000001XE");
			assertThat(organization.countyCode()).isEqualTo("440114");
			assertThat(organization.industry()).isEqualTo("C");
			assertThat(organization.ownership()).isEqualTo("state");
			assertThat(organization.employees()).isEqualTo(1234);
			assertThat(organization.womenEmployees()).isEqualTo(560);
			assertThat(organization.womenMembers()).isEqualTo(420);
			assertThat(organization.womenOrg()).isEqualTo(WomenOrg.COMMISSIONER);
		}

		@ParameterizedTest(name = "[{0}] is {1}")
		@CsvSource({ "国有, state", "集体, collective", "私营, private", "民营, private", "外商投资, foreign", "外资, foreign",
				"港澳台投资, hmt", "港澳台, hmt", "其他, other", "state, state", "Collective, collective", "PRIVATE, private",
				"foreign, foreign", "HMT, hmt", "other, other" })
		void ownershipWordsAndCodes(String cell, String code) {
			assertThat(accepted(check(guangzhou, 3, with(organization(GZ1), OWNERSHIP, cell))).ownership()).isEqualTo(code);
		}

		@ParameterizedTest(name = "[{0}] is {1}")
		@CsvSource({ "女职工委员会, COMMITTEE", "女职工委员, COMMISSIONER", "无, NONE", "committee, COMMITTEE",
				"COMMISSIONER, COMMISSIONER", "None, NONE" })
		void womenOrgWordsAndCodes(String cell, WomenOrg org) {
			assertThat(accepted(check(guangzhou, 3, with(organization(GZ1), WOMEN_ORG, cell))).womenOrg()).isEqualTo(org);
		}

		@ParameterizedTest(name = "[{0}]")
		@ValueSource(strings = { "A", "B", "C", "J", "P", "S", "T" })
		void everySectionLetterAToT(String letter) {
			assertThat(accepted(check(guangzhou, 3, with(organization(GZ1), INDUSTRY, letter))).industry()).isEqualTo(letter);
		}

		@Test
		void womenMayBeZeroAndCountsMayBeEqual() {
			Map<Column, String> none = organization(GZ1);
			none.put(EMPLOYEES, "1");
			none.put(WOMEN_EMPLOYEES, "0");
			none.put(WOMEN_MEMBERS, "0");
			none.put(WOMEN_ORG, "无");
			assertThat(accepted(check(guangzhou, 3, none)).womenEmployees()).isZero();
			Map<Column, String> equal = organization(GZ2);
			equal.put(EMPLOYEES, "40");
			equal.put(WOMEN_EMPLOYEES, "40");
			equal.put(WOMEN_MEMBERS, "40");
			assertThat(accepted(check(guangzhou, 4, equal)).womenMembers()).isEqualTo(40);
		}

		@Test
		void acceptedEmployersAreRememberedNormalised() {
			check(guangzhou, 3, organization("9144011403000001xe"));
			check(guangzhou, 4, with(organization(GZ2), COUNTY_CODE, "440306"));
			assertThat(guangzhou.acceptedEmployers()).containsExactly("9144011403000001XE");
		}
	}

	@Nested
	class Counties {

		@ParameterizedTest(name = "[{0}]")
		@ValueSource(strings = { "440103", "440106", "440111", "440115", "440118" })
		void aCountyOfTheCity(String county) {
			assertThat(accepted(check(guangzhou, 3, with(organization(GZ1), COUNTY_CODE, county))).countyCode())
				.isEqualTo(county);
		}

		@ParameterizedTest(name = "[{0}]")
		@ValueSource(strings = { "440306", "441900", "440100", "440000", "440199", "4401061", "44010" })
		void aCountyOfAnotherCityOrNoCountyIsBadCounty(String county) {
			assertRejected(with(organization(GZ1), COUNTY_CODE, county), Reason.BAD_COUNTY, COUNTY_CODE, county);
		}

		@Test
		void dongguanAcceptsItsCityCodeAsCounty() {
			OrganizationRule dongguan = new OrganizationRule(ReferenceData.bundled(), "441900");
			Organization organization = accepted(
					check(dongguan, 2, with(organization(Fixtures.DG1), COUNTY_CODE, "441900")));
			assertThat(organization.countyCode()).isEqualTo("441900");
		}

		@Test
		void zhongshanAcceptsItsCityCodeAsCounty() {
			OrganizationRule zhongshan = new OrganizationRule(ReferenceData.bundled(), "442000");
			assertThat(accepted(check(zhongshan, 2, with(organization(Fixtures.ZS1), COUNTY_CODE, "442000"))).countyCode())
				.isEqualTo("442000");
		}

		@Test
		void dongguanRejectsZhongshanAndAGuangzhouCounty() {
			OrganizationRule dongguan = new OrganizationRule(ReferenceData.bundled(), "441900");
			assertThat(rejected(check(dongguan, 2, with(organization(Fixtures.DG1), COUNTY_CODE, "442000"))).reason())
				.isEqualTo(Reason.BAD_COUNTY);
			assertThat(rejected(check(dongguan, 3, with(organization(Fixtures.DG1), COUNTY_CODE, "440106"))).reason())
				.isEqualTo(Reason.BAD_COUNTY);
		}

		@Test
		void aCityWithCountiesDoesNotAcceptItsOwnCode() {
			OrganizationRule shenzhen = new OrganizationRule(ReferenceData.bundled(), "440300");
			assertThat(rejected(check(shenzhen, 2, with(organization(Fixtures.GZ1), COUNTY_CODE, "440300"))).reason())
				.isEqualTo(Reason.BAD_COUNTY);
			assertThat(accepted(check(shenzhen, 3, with(organization(Fixtures.GZ1), COUNTY_CODE, "440305"))).countyCode())
				.isEqualTo("440305");
		}
	}

	@Nested
	class EachRule {

		@ParameterizedTest(name = "{0}")
		@EnumSource(value = Column.class, names = { "EMPLOYER_ID", "EMPLOYER_NAME", "COUNTY_CODE", "INDUSTRY", "OWNERSHIP",
				"EMPLOYEES", "WOMEN_EMPLOYEES", "WOMEN_MEMBERS", "WOMEN_ORG" })
		void anEmptyCellIsMissingValue(Column column) {
			assertRejected(with(organization(GZ1), column, ""), Reason.MISSING_VALUE, column, "");
		}

		@ParameterizedTest(name = "{0}")
		@EnumSource(value = Column.class, names = { "EMPLOYER_NAME", "WOMEN_ORG" })
		void aCellOfOnlySpacesIsMissingValue(Column column) {
			assertRejected(with(organization(GZ1), column, " \u3000 "), Reason.MISSING_VALUE, column, "");
		}

		@ParameterizedTest(name = "[{0}]")
		@ValueSource(strings = { "91440106000000010V", "91440106000000010", "91440106000000010UU", "91440106000000O10U",
				"9144010600000001ZU" })
		void badEmployerId(String id) {
			assertRejected(organization(id), Reason.BAD_EMPLOYER_ID, EMPLOYER_ID, id);
		}

		@ParameterizedTest(name = "[{0}]")
		@ValueSource(strings = { "U", "Z", "CC", "3", "制造业", "C1" })
		void badIndustry(String industry) {
			assertRejected(with(organization(GZ1), INDUSTRY, industry), Reason.BAD_INDUSTRY, INDUSTRY, industry);
		}

		@ParameterizedTest(name = "[{0}]")
		@ValueSource(strings = { "国营", "股份制", "public", "私营企业", "港澳" })
		void badOwnership(String ownership) {
			assertRejected(with(organization(GZ1), OWNERSHIP, ownership), Reason.BAD_OWNERSHIP, OWNERSHIP, ownership);
		}

		@ParameterizedTest(name = "[{0}]")
		@ValueSource(strings = { "0", "０", "12.5", "-3", "1,23", "1,2345", "一百" })
		void badEmployees(String employees) {
			assertRejected(with(organization(GZ1), EMPLOYEES, employees), Reason.BAD_NUMBER, EMPLOYEES, employees);
		}

		@ParameterizedTest(name = "[{0}]")
		@ValueSource(strings = { "12.5", "-3", "1,23" })
		void badWomenEmployees(String women) {
			assertRejected(with(organization(GZ1), WOMEN_EMPLOYEES, women), Reason.BAD_NUMBER, WOMEN_EMPLOYEES, women);
		}

		@ParameterizedTest(name = "[{0}]")
		@ValueSource(strings = { "12.5", "-3", "1,2345" })
		void badWomenMembers(String members) {
			assertRejected(with(organization(GZ1), WOMEN_MEMBERS, members), Reason.BAD_NUMBER, WOMEN_MEMBERS, members);
		}

		@ParameterizedTest(name = "[{0}]")
		@ValueSource(strings = { "女工委", "女职工小组", "yes", "有" })
		void badWomenOrg(String org) {
			assertRejected(with(organization(GZ1), WOMEN_ORG, org), Reason.BAD_WOMEN_ORG, WOMEN_ORG, org);
		}

		@Test
		void moreWomenThanEmployeesIsInconsistent() {
			assertRejected(with(organization(GZ1), WOMEN_EMPLOYEES, "101"), Reason.INCONSISTENT_COUNTS, WOMEN_EMPLOYEES,
					"101");
		}

		@Test
		void moreMembersThanWomenIsInconsistent() {
			assertRejected(with(organization(GZ1), WOMEN_MEMBERS, "41"), Reason.INCONSISTENT_COUNTS, WOMEN_MEMBERS, "41");
		}

		@Test
		void thousandsSeparatorsAreComparedAsNumbers() {
			Map<Column, String> values = organization(GZ1);
			values.put(EMPLOYEES, "1,000");
			values.put(WOMEN_EMPLOYEES, "９９９");
			values.put(WOMEN_MEMBERS, "1,000");
			assertRejected(values, Reason.INCONSISTENT_COUNTS, WOMEN_MEMBERS, "1,000");
		}

		@Test
		void theFirstBrokenRuleInColumnOrderIsTheReason() {
			Map<Column, String> values = organization("91440106000000010V");
			values.put(COUNTY_CODE, "440306");
			values.put(WOMEN_ORG, "女工委");
			assertThat(rejected(check(guangzhou, 3, values)).reason()).isEqualTo(Reason.BAD_EMPLOYER_ID);
			values.put(EMPLOYER_ID, GZ1);
			assertThat(rejected(check(guangzhou, 4, values)).reason()).isEqualTo(Reason.BAD_COUNTY);
			values.put(Column.EMPLOYER_NAME, "");
			assertThat(rejected(check(guangzhou, 5, values)).reason()).isEqualTo(Reason.MISSING_VALUE);
		}
	}

	@Nested
	class Duplicates {

		@Test
		void aLaterRowWithAnAcceptedEmployerIsADuplicate() {
			accepted(check(guangzhou, 3, organization(GZ1)));
			RowRejection duplicate = rejected(check(guangzhou, 9, with(organization(GZ1), Column.EMPLOYER_NAME, "另一家")));
			assertThat(duplicate.reason()).isEqualTo(Reason.DUPLICATE_EMPLOYER);
			assertThat(duplicate.line()).isEqualTo(9);
			assertThat(duplicate.column()).isEqualTo("employer_id");
			assertThat(duplicate.value()).isEqualTo(GZ1);
			assertThat(duplicate.message()).isEqualTo("统一社会信用代码重复（已在第3行填报），每个单位只填一行，请删除重复行");
		}

		@Test
		void aLowerCaseOrFullWidthRepeatIsTheSameEmployer() {
			accepted(check(guangzhou, 3, organization("9144011403000001XE")));
			RowRejection lower = rejected(check(guangzhou, 4, organization("9144011403000001xe")));
			assertThat(lower.reason()).isEqualTo(Reason.DUPLICATE_EMPLOYER);
			assertThat(lower.value()).isEqualTo("9144011403000001xe");
			RowRejection fullWidth = rejected(check(guangzhou, 5, organization("９１４４０１１４０３０００００１ｘｅ")));
			assertThat(fullWidth.reason()).isEqualTo(Reason.DUPLICATE_EMPLOYER);
		}

		@Test
		void aFirstRowRejectedForAnotherReasonDoesNotMakeALaterOneADuplicate() {
			assertThat(rejected(check(guangzhou, 3, with(organization(GZ1), COUNTY_CODE, "440306"))).reason())
				.isEqualTo(Reason.BAD_COUNTY);
			Organization later = accepted(check(guangzhou, 4, organization(GZ1)));
			assertThat(later.line()).isEqualTo(4);
			RowRejection third = rejected(check(guangzhou, 5, organization(GZ1)));
			assertThat(third.reason()).isEqualTo(Reason.DUPLICATE_EMPLOYER);
			assertThat(third.message()).contains("已在第4行填报");
		}

		@Test
		void aDuplicateThatAlsoBreaksAnotherRuleIsRejectedForThatRule() {
			accepted(check(guangzhou, 3, organization(GZ1)));
			assertThat(rejected(check(guangzhou, 4, with(organization(GZ1), INDUSTRY, "U"))).reason())
				.isEqualTo(Reason.BAD_INDUSTRY);
		}

		@Test
		void eachCityHasItsOwnEmployers() {
			accepted(check(guangzhou, 3, organization(GZ1)));
			OrganizationRule foshan = new OrganizationRule(ReferenceData.bundled(), "440600");
			assertThat(accepted(check(foshan, 3, with(organization(GZ1), COUNTY_CODE, "440604"))).employerId()).isEqualTo(GZ1);
		}
	}
}
