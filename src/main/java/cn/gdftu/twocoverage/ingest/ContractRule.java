package cn.gdftu.twocoverage.ingest;

import java.time.LocalDate;

import static cn.gdftu.twocoverage.ingest.Column.CONTRACT_ID;
import static cn.gdftu.twocoverage.ingest.Column.EFFECTIVE_FROM;
import static cn.gdftu.twocoverage.ingest.Column.EMPLOYER_ID;
import static cn.gdftu.twocoverage.ingest.Column.EXPIRES_ON;
import static cn.gdftu.twocoverage.ingest.Column.SCOPE;
import static cn.gdftu.twocoverage.ingest.ReturnKind.CONTRACTS;

/**
 * The rules of one contracts.csv row taken alone (SPEC §3 and §5). The rules across rows — unknown
 * employers, repeated rows, inconsistent contracts — are the {@link ContractLedger}'s.
 */
public final class ContractRule {

	public Checked<Contract> check(ReturnRow row) {
		for (Column column : CONTRACTS.columns()) {
			if (row.get(column).isEmpty()) {
				return rejected(row, column, Reason.MISSING_VALUE);
			}
		}
		if (Cells.hasControl(row.get(CONTRACT_ID))) {
			return rejected(row, CONTRACT_ID, Reason.MISSING_VALUE);
		}
		if (SpreadsheetDamage.isScientific(row.get(EMPLOYER_ID))) {
			// The union may well be in organizations: the spreadsheet damaged the code, say so.
			return rejected(row, EMPLOYER_ID, Reason.BAD_EMPLOYER_ID);
		}
		Scope scope = Scope.parse(row.get(SCOPE));
		if (scope == null) {
			return rejected(row, SCOPE, Reason.BAD_SCOPE);
		}
		LocalDate effectiveFrom = Dates.parse(row.get(EFFECTIVE_FROM));
		if (effectiveFrom == null) {
			return rejected(row, EFFECTIVE_FROM, Reason.BAD_DATE);
		}
		LocalDate expiresOn = Dates.parse(row.get(EXPIRES_ON));
		if (expiresOn == null) {
			return rejected(row, EXPIRES_ON, Reason.BAD_DATE);
		}
		if (expiresOn.isBefore(effectiveFrom)) {
			return rejected(row, EXPIRES_ON, Reason.DATE_ORDER);
		}
		return new Checked.Accepted<>(new Contract(row.line(), Cells.fold(row.get(CONTRACT_ID)), scope,
				EmployerId.normalise(row.get(EMPLOYER_ID)), effectiveFrom, expiresOn));
	}

	private static Checked<Contract> rejected(ReturnRow row, Column column, Reason reason) {
		return new Checked.Rejected<>(RowRejection.of(row, CONTRACTS, column, reason));
	}
}
