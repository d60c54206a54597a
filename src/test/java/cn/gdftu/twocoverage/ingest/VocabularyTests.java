package cn.gdftu.twocoverage.ingest;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The coded values and names of SPEC §3 as the ingest code spells them, and how the store reads them back. */
class VocabularyTests {

	@Nested
	class Scopes {

		@ParameterizedTest
		@EnumSource(Scope.class)
		void codesReadBack(Scope scope) {
			assertThat(Scope.fromCode(scope.code())).isSameAs(scope);
			assertThat(Scope.parse(scope.chineseName())).isSameAs(scope);
		}

		@Test
		void codesAndChineseNames() {
			assertThat(Scope.values()).extracting(Scope::code).containsExactly("enterprise", "regional", "industry");
			assertThat(Scope.values()).extracting(Scope::chineseName).containsExactly("单独", "区域性", "行业性");
		}

		@ParameterizedTest
		@ValueSource(strings = { "", "单独合同", "enterprise x", "regional contract" })
		void otherWordsAreNoScope(String cell) {
			assertThat(Scope.parse(cell)).isNull();
		}

		@Test
		void anUnknownCodeCannotBeReadBack() {
			assertThatIllegalArgumentException().isThrownBy(() -> Scope.fromCode("单独"));
		}
	}

	@Nested
	class WomenOrgs {

		@ParameterizedTest
		@EnumSource(WomenOrg.class)
		void codesReadBack(WomenOrg org) {
			assertThat(WomenOrg.fromCode(org.code())).isSameAs(org);
			assertThat(WomenOrg.parse(org.chineseName())).isSameAs(org);
		}

		@Test
		void codesAndChineseNames() {
			assertThat(WomenOrg.values()).extracting(WomenOrg::code).containsExactly("committee", "commissioner", "none");
			assertThat(WomenOrg.values()).extracting(WomenOrg::chineseName).containsExactly("女职工委员会", "女职工委员", "无");
		}

		@Test
		void anUnknownCodeCannotBeReadBack() {
			assertThatIllegalArgumentException().isThrownBy(() -> WomenOrg.fromCode("女职工委员会"));
		}
	}

	@Nested
	class Columns {

		@Test
		void theFilesRequireTheColumnsOfTheSpecInItsOrder() {
			assertThat(ReturnKind.ORGANIZATIONS.columns()).extracting(Column::canonical).containsExactly("employer_id",
					"employer_name", "county_code", "industry", "ownership", "employees", "women_employees", "women_members",
					"women_org");
			assertThat(ReturnKind.CONTRACTS.columns()).extracting(Column::canonical).containsExactly("contract_id", "scope",
					"employer_id", "effective_from", "expires_on");
		}

		@Test
		void fileNamesAndTitles() {
			assertThat(ReturnKind.ORGANIZATIONS.fileName()).isEqualTo("organizations.csv");
			assertThat(ReturnKind.ORGANIZATIONS.title()).isEqualTo("基层工会台账");
			assertThat(ReturnKind.CONTRACTS.fileName()).isEqualTo("contracts.csv");
			assertThat(ReturnKind.CONTRACTS.title()).isEqualTo("专项集体合同");
		}

		@Test
		void messagesNameAColumnInEnglishAndChinese() {
			assertThat(Column.EXPIRES_ON.describe()).isEqualTo("expires_on（到期日期）");
			assertThat(Column.EMPLOYER_ID.chineseName()).isEqualTo("统一社会信用代码");
		}
	}

	@Nested
	class Rejections {

		@Test
		void aDetailGoesBetweenTheMessageAndTheAdvice() {
			RowRejection rejection = RowRejection.of(ReturnKind.CONTRACTS, 9, "合同编号", "HT-1", Reason.DUPLICATE_ROW, "与第3行相同");
			assertThat(rejection.message()).isEqualTo("同一合同同一单位重复填报（与第3行相同），请删除重复行");
		}
	}
}
