package cn.gdftu.twocoverage.ingest;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static cn.gdftu.twocoverage.ingest.Fixtures.GZ1;
import static cn.gdftu.twocoverage.ingest.Fixtures.GZ2;
import static cn.gdftu.twocoverage.ingest.Fixtures.GZ3;
import static cn.gdftu.twocoverage.ingest.Fixtures.GZ4;
import static cn.gdftu.twocoverage.ingest.Fixtures.contract;
import static cn.gdftu.twocoverage.ingest.Fixtures.with;
import static cn.gdftu.twocoverage.ingest.ReturnKind.CONTRACTS;
import static org.assertj.core.api.Assertions.assertThat;

class ContractLedgerTests {

	private static final LocalDate FROM = LocalDate.of(2024, 1, 1);

	private static final LocalDate TO = LocalDate.of(2026, 12, 31);

	private final ContractLedger ledger = new ContractLedger(Set.of(GZ1, GZ2, GZ3));

	private Checked<Contract> add(int line, String contractId, Scope scope, String employerId) {
		return add(new Contract(line, contractId, scope, employerId, FROM, TO));
	}

	private Checked<Contract> add(Contract contract) {
		return this.ledger.check(contract, "统一社会信用代码", contract.employerId());
	}

	private static RowRejection rejection(Checked<Contract> checked) {
		assertThat(checked).isInstanceOf(Checked.Rejected.class);
		return ((Checked.Rejected<Contract>) checked).rejection();
	}

	@Nested
	class UnknownEmployer {

		@Test
		void anEmployerNotAcceptedFromOrganizationsIsUnknown() {
			RowRejection rejection = rejection(add(5, "HT-1", Scope.ENTERPRISE, GZ4));
			assertThat(rejection).isEqualTo(new RowRejection("contracts.csv", 5, "统一社会信用代码", GZ4, Reason.UNKNOWN_EMPLOYER,
					"该单位不在本期已采用的基层工会台账中，请先在organizations.csv中填报该单位，或核对统一社会信用代码",
					ReturnKind.CONTRACTS));
		}

		@Test
		void theRejectionShowsTheIdAsWritten() {
			Contract contract = new Contract(5, "HT-1", Scope.ENTERPRISE, GZ4, FROM, TO);
			RowRejection rejection = rejection(ledger.check(contract, "employer_id", "91440106000000040y"));
			assertThat(rejection.column()).isEqualTo("employer_id");
			assertThat(rejection.value()).isEqualTo("91440106000000040y");
		}

		@Test
		void aRegionalContractWithOneUnknownEmployerKeepsItsOtherRows() {
			assertThat(add(2, "QY-1", Scope.REGIONAL, GZ1)).isInstanceOf(Checked.Accepted.class);
			assertThat(rejection(add(3, "QY-1", Scope.REGIONAL, GZ4)).reason()).isEqualTo(Reason.UNKNOWN_EMPLOYER);
			assertThat(add(4, "QY-1", Scope.REGIONAL, GZ2)).isInstanceOf(Checked.Accepted.class);
			assertThat(ledger.inconsistentContracts()).isEmpty();
		}

		@Test
		void anUnknownRowDoesNotCountAsASecondEmployerOfAnEnterpriseContract() {
			assertThat(add(2, "HT-1", Scope.ENTERPRISE, GZ1)).isInstanceOf(Checked.Accepted.class);
			assertThat(rejection(add(3, "HT-1", Scope.ENTERPRISE, GZ4)).reason()).isEqualTo(Reason.UNKNOWN_EMPLOYER);
			assertThat(ledger.inconsistentContracts()).isEmpty();
		}
	}

	@Nested
	class DuplicateRow {

		@Test
		void aRepeatedContractAndEmployerPairIsADuplicate() {
			add(2, "QY-1", Scope.REGIONAL, GZ1);
			add(3, "QY-1", Scope.REGIONAL, GZ2);
			RowRejection rejection = rejection(add(4, "QY-1", Scope.REGIONAL, GZ1));
			assertThat(rejection.reason()).isEqualTo(Reason.DUPLICATE_ROW);
			assertThat(rejection.line()).isEqualTo(4);
			assertThat(rejection.column()).isEqualTo("统一社会信用代码");
			assertThat(rejection.message()).isEqualTo("同一合同同一单位重复填报（与第2行相同），请删除重复行");
		}

		@Test
		void theDuplicateIsNotPartOfTheContract() {
			// The repeat disagrees on dates, but it is rejected as a repeat: the contract stays whole.
			add(2, "QY-1", Scope.REGIONAL, GZ1);
			add(3, "QY-1", Scope.REGIONAL, GZ2);
			Checked<Contract> repeat = add(new Contract(4, "QY-1", Scope.REGIONAL, GZ1, FROM, TO.plusYears(1)));
			assertThat(rejection(repeat).reason()).isEqualTo(Reason.DUPLICATE_ROW);
			assertThat(ledger.inconsistentContracts()).isEmpty();
		}

		@Test
		void anEnterpriseContractRepeatingItsOneEmployerIsADuplicateNotInconsistent() {
			add(2, "HT-1", Scope.ENTERPRISE, GZ1);
			assertThat(rejection(add(3, "HT-1", Scope.ENTERPRISE, GZ1)).reason()).isEqualTo(Reason.DUPLICATE_ROW);
			assertThat(ledger.inconsistentContracts()).isEmpty();
		}

		@Test
		void oneEmployerUnderTwoContractsIsNoDuplicate() {
			assertThat(add(2, "HT-1", Scope.ENTERPRISE, GZ1)).isInstanceOf(Checked.Accepted.class);
			assertThat(add(3, "QY-1", Scope.REGIONAL, GZ1)).isInstanceOf(Checked.Accepted.class);
			assertThat(add(4, "HY-1", Scope.INDUSTRY, GZ1)).isInstanceOf(Checked.Accepted.class);
		}

		@Test
		void aLowerCaseRepeatOfTheSameEmployerIsADuplicate() {
			ContractRule rule = new ContractRule();
			Checked<Contract> first = rule.check(ReturnRow.of(CONTRACTS, 2, contract("QY-1", "区域性", GZ1)));
			String lower = GZ1.toLowerCase();
			Checked<Contract> second = rule.check(ReturnRow.of(CONTRACTS, 3, contract("QY-1", "区域性", lower)));
			assertThat(ledger.check(((Checked.Accepted<Contract>) first).value(), "employer_id", GZ1))
				.isInstanceOf(Checked.Accepted.class);
			RowRejection rejection = rejection(ledger.check(((Checked.Accepted<Contract>) second).value(), "employer_id", lower));
			assertThat(rejection.reason()).isEqualTo(Reason.DUPLICATE_ROW);
			assertThat(rejection.value()).isEqualTo(lower);
		}

		@Test
		void contractIdsDifferingOnlyInWidthAreOneContract() {
			ContractRule rule = new ContractRule();
			Contract first = ((Checked.Accepted<Contract>) rule
				.check(ReturnRow.of(CONTRACTS, 2, contract("QY-1", "区域性", GZ1)))).value();
			Contract second = ((Checked.Accepted<Contract>) rule
				.check(ReturnRow.of(CONTRACTS, 3, with(contract("ＱＹ－１", "区域性", GZ1), Column.SCOPE, "regional"))))
				.value();
			add(first);
			assertThat(rejection(add(second)).reason()).isEqualTo(Reason.DUPLICATE_ROW);
		}
	}

	@Nested
	class InconsistentContract {

		@Test
		void rowsAgreeingOnScopeAndDatesAreConsistent() {
			add(2, "QY-1", Scope.REGIONAL, GZ1);
			add(3, "QY-1", Scope.REGIONAL, GZ2);
			add(4, "HY-1", Scope.INDUSTRY, GZ3);
			add(5, "HY-1", Scope.INDUSTRY, GZ2);
			add(6, "HT-1", Scope.ENTERPRISE, GZ1);
			assertThat(ledger.inconsistentContracts()).isEmpty();
		}

		@Test
		void scopeDisagreement() {
			add(2, "QY-1", Scope.REGIONAL, GZ1);
			assertThat(add(3, "QY-1", Scope.INDUSTRY, GZ2)).isInstanceOf(Checked.Accepted.class);
			assertThat(ledger.inconsistentContracts()).containsExactly("QY-1");
		}

		@Test
		void effectiveDateDisagreement() {
			add(2, "QY-1", Scope.REGIONAL, GZ1);
			add(new Contract(3, "QY-1", Scope.REGIONAL, GZ2, FROM.plusDays(1), TO));
			assertThat(ledger.inconsistentContracts()).containsExactly("QY-1");
		}

		@Test
		void expiryDateDisagreement() {
			add(2, "HY-1", Scope.INDUSTRY, GZ1);
			add(3, "HY-1", Scope.INDUSTRY, GZ2);
			add(new Contract(4, "HY-1", Scope.INDUSTRY, GZ3, FROM, TO.minusDays(1)));
			assertThat(ledger.inconsistentContracts()).containsExactly("HY-1");
		}

		@Test
		void anEnterpriseContractWithTwoEmployers() {
			add(2, "HT-1", Scope.ENTERPRISE, GZ1);
			assertThat(add(3, "HT-1", Scope.ENTERPRISE, GZ2)).isInstanceOf(Checked.Accepted.class);
			assertThat(ledger.inconsistentContracts()).containsExactly("HT-1");
		}

		@Test
		void aRegionalContractWhoseSecondRowSaysEnterprise() {
			add(2, "QY-1", Scope.REGIONAL, GZ1);
			add(3, "QY-1", Scope.ENTERPRISE, GZ2);
			assertThat(ledger.inconsistentContracts()).containsExactly("QY-1");
		}

		@Test
		void onlyTheSpoiledContractsAreReportedInIdOrder() {
			add(2, "ZZ-9", Scope.ENTERPRISE, GZ1);
			add(3, "ZZ-9", Scope.ENTERPRISE, GZ2);
			add(4, "QY-1", Scope.REGIONAL, GZ1);
			add(5, "QY-1", Scope.REGIONAL, GZ2);
			add(6, "AA-1", Scope.REGIONAL, GZ1);
			add(7, "AA-1", Scope.INDUSTRY, GZ3);
			assertThat(ledger.inconsistentContracts()).containsExactly("AA-1", "ZZ-9");
		}

		@Test
		void theRejectionOfAnInconsistentRowNamesTheContract() {
			assertThat(ContractLedger.inconsistent(17, "合同编号", "QY-1")).isEqualTo(new RowRejection("contracts.csv", 17, "合同编号",
					"QY-1", Reason.INCONSISTENT_CONTRACT, "同一合同各行的类型或日期不一致，或单独合同填了多个单位，"
							+ "请核对该合同的所有行：类型和日期应一致，单独合同只填一个单位", ReturnKind.CONTRACTS));
		}
	}
}
