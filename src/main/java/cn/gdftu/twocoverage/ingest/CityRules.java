package cn.gdftu.twocoverage.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.gdftu.twocoverage.reference.ReferenceData;

/**
 * Every rule of SPEC §5 applied to one city's return, line by line in file order: organizations
 * first, then contracts. {@link CityCheck} feeds it; it keeps the counts of submissions.csv.
 */
final class CityRules {

	private final String cityCode;

	private final OrganizationRule organizationRule;

	private final ContractRule contractRule = new ContractRule();

	private ContractLedger ledger;

	private String contractIdColumn = Column.CONTRACT_ID.chineseName();

	private int organizationsRows;

	private int organizationsAccepted;

	private int contractsRows;

	private int contractsAccepted;

	private int rejectedRows;

	private int skippedLines;

	public CityRules(ReferenceData reference, String cityCode) {
		this.cityCode = cityCode;
		this.organizationRule = new OrganizationRule(reference, cityCode);
	}

	public String cityCode() {
		return this.cityCode;
	}

	/**
	 * The verdict on one line: an accepted {@link Organization} or {@link Contract}, a skipped line,
	 * or a {@link RowRejection}. Contracts accepted here may still be spoiled by a later row of
	 * the same contract: see {@link #inconsistentContracts()}.
	 */
	public LineOutcome check(CityLine cityLine) {
		if (cityLine.line() instanceof SkippedLine skipped) {
			this.skippedLines++;
			return skipped;
		}
		ReturnRow row = (ReturnRow) cityLine.line();
		if (cityLine.file() == ReturnKind.ORGANIZATIONS) {
			this.organizationsRows++;
			return count(this.organizationRule.check(row));
		}
		this.contractsRows++;
		this.contractIdColumn = row.columnName(Column.CONTRACT_ID);
		Checked<Contract> checked = this.contractRule.check(row);
		if (checked instanceof Checked.Accepted<Contract> accepted) {
			checked = ledger().check(accepted.value(), row.columnName(Column.EMPLOYER_ID), row.get(Column.EMPLOYER_ID));
		}
		return count(checked);
	}

	/** The contracts whose accepted rows must all be rejected now that every row has been read. */
	public Set<String> inconsistentContracts() {
		return (this.ledger == null) ? Set.of() : this.ledger.inconsistentContracts();
	}

	/**
	 * Moves the rows of an inconsistent contract from accepted to rejected, returning their rejections
	 * at the lines the ledger recorded, in file order.
	 */
	public List<RowRejection> rejectInconsistent(String contractId) {
		int[] lines = this.ledger.lines(contractId);
		List<RowRejection> rejections = new ArrayList<>(lines.length);
		for (int line : lines) {
			rejections.add(ContractLedger.inconsistent(line, this.contractIdColumn, contractId));
		}
		this.contractsAccepted -= lines.length;
		this.rejectedRows += lines.length;
		return rejections;
	}

	public int organizationsRows() {
		return this.organizationsRows;
	}

	public int organizationsAccepted() {
		return this.organizationsAccepted;
	}

	public int contractsRows() {
		return this.contractsRows;
	}

	public int contractsAccepted() {
		return this.contractsAccepted;
	}

	public int rejectedRows() {
		return this.rejectedRows;
	}

	public int skippedLines() {
		return this.skippedLines;
	}

	private ContractLedger ledger() {
		if (this.ledger == null) {
			// contracts.csv is read after organizations.csv: the accepted employers are final now.
			this.ledger = new ContractLedger(this.organizationRule.acceptedEmployers());
		}
		return this.ledger;
	}

	private <T extends LineOutcome> LineOutcome count(Checked<T> checked) {
		if (checked instanceof Checked.Accepted<T> accepted) {
			if (accepted.value() instanceof Organization) {
				this.organizationsAccepted++;
			}
			else {
				this.contractsAccepted++;
			}
			return accepted.value();
		}
		this.rejectedRows++;
		return ((Checked.Rejected<T>) checked).rejection();
	}
}
