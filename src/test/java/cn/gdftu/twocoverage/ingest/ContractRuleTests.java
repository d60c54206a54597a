package cn.gdftu.twocoverage.ingest;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static cn.gdftu.twocoverage.ingest.Column.EFFECTIVE_FROM;
import static cn.gdftu.twocoverage.ingest.Column.EXPIRES_ON;
import static cn.gdftu.twocoverage.ingest.Column.SCOPE;
import static cn.gdftu.twocoverage.ingest.Fixtures.GZ1;
import static cn.gdftu.twocoverage.ingest.Fixtures.contract;
import static cn.gdftu.twocoverage.ingest.Fixtures.with;
import static cn.gdftu.twocoverage.ingest.ReturnKind.CONTRACTS;
import static org.assertj.core.api.Assertions.assertThat;

class ContractRuleTests {

	private final ContractRule rule = new ContractRule();

	private Checked<Contract> check(Map<Column, String> values) {
		return this.rule.check(ReturnRow.of(CONTRACTS, 12, values));
	}

	private Contract accepted(Map<Column, String> values) {
		Checked<Contract> checked = check(values);
		assertThat(checked).isInstanceOf(Checked.Accepted.class);
		return ((Checked.Accepted<Contract>) checked).value();
	}

	private void assertRejected(Map<Column, String> values, Reason reason, Column column, String value) {
		Checked<Contract> checked = check(values);
		assertThat(checked).isInstanceOf(Checked.Rejected.class);
		RowRejection rejection = ((Checked.Rejected<Contract>) checked).rejection();
		assertThat(rejection.file()).isEqualTo("contracts.csv");
		assertThat(rejection.reason()).isEqualTo(reason);
		assertThat(rejection.line()).isEqualTo(12);
		assertThat(rejection.column()).isEqualTo(column.canonical());
		assertThat(rejection.value()).isEqualTo(value);
		assertThat(rejection.message()).isEqualTo(reason.message() + "，" + reason.advice());
	}

	@Nested
	class Accepted {

		@Test
		void aGoodRowBecomesAContract() {
			assertThat(accepted(contract("GZ-2024-001", "单独", GZ1))).isEqualTo(new Contract(12, "GZ-2024-001",
					Scope.ENTERPRISE, GZ1, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)));
		}

		@ParameterizedTest(name = "[{0}] is {1}")
		@CsvSource({ "enterprise, ENTERPRISE", "单独, ENTERPRISE", "企业, ENTERPRISE", "regional, REGIONAL", "区域性, REGIONAL",
				"industry, INDUSTRY", "行业性, INDUSTRY", "Enterprise, ENTERPRISE", "REGIONAL, REGIONAL",
				"ｉｎｄｕｓｔｒｙ, INDUSTRY" })
		void scopeWordsAndCodes(String cell, Scope scope) {
			assertThat(accepted(contract("HT-1", cell, GZ1)).scope()).isEqualTo(scope);
		}

		@Test
		void idsAreNormalised() {
			Contract contract = accepted(contract(" ＧＺ－００１ ", "区域性", "9144011403000001xe"));
			assertThat(contract.contractId()).isEqualTo("GZ-001");
			assertThat(contract.employerId()).isEqualTo("9144011403000001XE");
		}

		@Test
		void contractIdsKeepTheirCase() {
			assertThat(accepted(contract("gz-qy-7", "区域性", GZ1)).contractId()).isEqualTo("gz-qy-7");
		}

		@Test
		void datesMayBeWrittenInDifferentFormsInOneRow() {
			Map<Column, String> values = contract("HT-1", "单独", GZ1);
			values.put(EFFECTIVE_FROM, "2025年3月1日");
			values.put(EXPIRES_ON, "20280229");
			Contract contract = accepted(values);
			assertThat(contract.effectiveFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
			assertThat(contract.expiresOn()).isEqualTo(LocalDate.of(2028, 2, 29));
		}

		@Test
		void aContractMayExpireOnTheDayItTakesEffect() {
			Map<Column, String> values = contract("HT-1", "单独", GZ1);
			values.put(EFFECTIVE_FROM, "2026/9/30");
			values.put(EXPIRES_ON, "2026-09-30");
			assertThat(accepted(values).expiresOn()).isEqualTo(LocalDate.of(2026, 9, 30));
		}

		@Test
		void theEmployerIdIsNotCheckedHereButByTheLedger() {
			// A code with a wrong check character is not an accepted employer: the ledger says UNKNOWN_EMPLOYER.
			assertThat(accepted(contract("HT-1", "单独", "91440106000000010V")).employerId()).isEqualTo("91440106000000010V");
		}
	}

	@Nested
	class EachRule {

		@ParameterizedTest(name = "{0}")
		@EnumSource(value = Column.class, names = { "CONTRACT_ID", "SCOPE", "EMPLOYER_ID", "EFFECTIVE_FROM", "EXPIRES_ON" })
		void anEmptyCellIsMissingValue(Column column) {
			assertRejected(with(contract("HT-1", "单独", GZ1), column, "  "), Reason.MISSING_VALUE, column, "");
		}

		@ParameterizedTest(name = "[{0}]")
		@ValueSource(strings = { "集体", "行业", "区域", "单位", "专项", "regionally" })
		void badScope(String scope) {
			assertRejected(contract("HT-1", scope, GZ1), Reason.BAD_SCOPE, SCOPE, scope);
		}

		@ParameterizedTest(name = "[{0}]")
		@ValueSource(strings = { "2026-13-01", "2026-02-30", "2026/7", "7/1/2026", "长期" })
		void badEffectiveDate(String date) {
			assertRejected(with(contract("HT-1", "单独", GZ1), EFFECTIVE_FROM, date), Reason.BAD_DATE, EFFECTIVE_FROM, date);
		}

		@ParameterizedTest(name = "[{0}]")
		@ValueSource(strings = { "2026-13-01", "2026-02-30", "2026/7", "7/1/2026", "长期" })
		void badExpiryDate(String date) {
			assertRejected(with(contract("HT-1", "单独", GZ1), EXPIRES_ON, date), Reason.BAD_DATE, EXPIRES_ON, date);
		}

		@Test
		void expiringBeforeTakingEffectIsDateOrder() {
			Map<Column, String> values = contract("HT-1", "单独", GZ1);
			values.put(EFFECTIVE_FROM, "2026年7月1日");
			values.put(EXPIRES_ON, "2026/6/30");
			assertRejected(values, Reason.DATE_ORDER, EXPIRES_ON, "2026/6/30");
		}

		@Test
		void missingComesBeforeScopeAndScopeBeforeDates() {
			Map<Column, String> values = contract("HT-1", "集体", GZ1);
			values.put(EFFECTIVE_FROM, "2026-13-01");
			values.put(EXPIRES_ON, "");
			assertRejected(values, Reason.MISSING_VALUE, EXPIRES_ON, "");
			values.put(EXPIRES_ON, "2020-01-01");
			assertRejected(values, Reason.BAD_SCOPE, SCOPE, "集体");
			values.put(SCOPE, "单独");
			assertRejected(values, Reason.BAD_DATE, EFFECTIVE_FROM, "2026-13-01");
		}
	}
}
