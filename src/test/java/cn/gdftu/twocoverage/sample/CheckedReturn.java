package cn.gdftu.twocoverage.sample;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.gdftu.twocoverage.ingest.Checked;
import cn.gdftu.twocoverage.ingest.Column;
import cn.gdftu.twocoverage.ingest.Contract;
import cn.gdftu.twocoverage.ingest.ContractLedger;
import cn.gdftu.twocoverage.ingest.ContractRule;
import cn.gdftu.twocoverage.ingest.Organization;
import cn.gdftu.twocoverage.ingest.OrganizationRule;
import cn.gdftu.twocoverage.ingest.ReturnKind;
import cn.gdftu.twocoverage.ingest.ReturnLine;
import cn.gdftu.twocoverage.ingest.ReturnReader;
import cn.gdftu.twocoverage.ingest.ReturnRejectedException;
import cn.gdftu.twocoverage.ingest.ReturnRow;
import cn.gdftu.twocoverage.ingest.RowRejection;
import cn.gdftu.twocoverage.ingest.SkippedLine;
import cn.gdftu.twocoverage.reference.ReferenceData;

/**
 * A generated city return read back the way the job reads one: {@link ReturnReader} for the file,
 * {@link OrganizationRule}, {@link ContractRule} and {@link ContractLedger} for the rows. Test glue:
 * it only wires the project's own rules together.
 */
final class CheckedReturn {

	final List<Organization> organizations = new ArrayList<>();

	final List<Contract> contracts = new ArrayList<>();

	final List<RowRejection> rejections = new ArrayList<>();

	final List<SkippedLine> skipped = new ArrayList<>();

	Charset organizationsCharset;

	Charset contractsCharset;

	int organizationRows;

	int contractRows;

	private CheckedReturn() {
	}

	static CheckedReturn read(Path cityFolder) throws IOException, ReturnRejectedException {
		String cityCode = cityFolder.getFileName().toString();
		CheckedReturn result = new CheckedReturn();
		OrganizationRule organizationRule = new OrganizationRule(ReferenceData.bundled(), cityCode);
		try (ReturnReader reader = ReturnReader.open(cityFolder.resolve(ReturnKind.ORGANIZATIONS.fileName()),
				ReturnKind.ORGANIZATIONS)) {
			result.organizationsCharset = reader.charset();
			ReturnLine line;
			while ((line = reader.next()) != null) {
				if (line instanceof SkippedLine skippedLine) {
					result.skipped.add(skippedLine);
					continue;
				}
				result.organizationRows++;
				Checked<Organization> checked = organizationRule.check((ReturnRow) line);
				if (checked instanceof Checked.Accepted<Organization> accepted) {
					result.organizations.add(accepted.value());
				}
				else {
					result.rejections.add(((Checked.Rejected<Organization>) checked).rejection());
				}
			}
		}
		ContractRule contractRule = new ContractRule();
		ContractLedger ledger = new ContractLedger(Set.copyOf(organizationRule.acceptedEmployers()));
		List<Contract> recorded = new ArrayList<>();
		try (ReturnReader reader = ReturnReader.open(cityFolder.resolve(ReturnKind.CONTRACTS.fileName()),
				ReturnKind.CONTRACTS)) {
			result.contractsCharset = reader.charset();
			ReturnLine line;
			while ((line = reader.next()) != null) {
				if (line instanceof SkippedLine skippedLine) {
					result.skipped.add(skippedLine);
					continue;
				}
				result.contractRows++;
				ReturnRow row = (ReturnRow) line;
				Checked<Contract> checked = contractRule.check(row);
				if (checked instanceof Checked.Accepted<Contract> accepted) {
					checked = ledger.check(accepted.value(), row.columnName(Column.EMPLOYER_ID),
							row.get(Column.EMPLOYER_ID));
				}
				if (checked instanceof Checked.Accepted<Contract> accepted) {
					recorded.add(accepted.value());
				}
				else {
					result.rejections.add(((Checked.Rejected<Contract>) checked).rejection());
				}
			}
		}
		Set<String> inconsistent = ledger.inconsistentContracts();
		for (Contract contract : recorded) {
			if (inconsistent.contains(contract.contractId())) {
				result.rejections.add(ContractLedger.inconsistent(contract.line(), Column.CONTRACT_ID.canonical(),
						contract.contractId()));
			}
			else {
				result.contracts.add(contract);
			}
		}
		return result;
	}
}
