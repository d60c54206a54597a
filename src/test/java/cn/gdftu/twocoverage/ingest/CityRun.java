package cn.gdftu.twocoverage.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.gdftu.twocoverage.reference.ReferenceData;

/**
 * One city's folder taken through the ingest rules the way the monthly job does, without the
 * database: survey, organizations.csv then contracts.csv line by line through {@link CityCheck},
 * and at the end the rows of inconsistent contracts moved from accepted to rejected.
 */
final class CityRun {

	final CityReturn.Survey survey;

	final CityCheck check;

	/** Why the whole return is unusable, or null when it was submitted. */
	String rejected;

	final List<Organization> organizations = new ArrayList<>();

	final List<Contract> contracts = new ArrayList<>();

	final List<RowRejection> rejections = new ArrayList<>();

	final List<SkippedLine> skipped = new ArrayList<>();

	private CityRun(CityReturn.Survey survey, CityCheck check) {
		this.survey = survey;
		this.check = check;
	}

	static CityRun of(Path folder, String cityCode) throws IOException {
		CityReturn city = new CityReturn(cityCode, folder);
		CityReturn.Survey survey = city.survey();
		CityRun run = new CityRun(survey, new CityCheck(ReferenceData.bundled(), cityCode));
		if (survey instanceof CityReturn.Rejected rejected) {
			run.rejected = rejected.message();
		}
		else if (survey instanceof CityReturn.Ready) {
			run.read(city);
		}
		return run;
	}

	String status() {
		if (this.survey instanceof CityReturn.Missing) {
			return "missing";
		}
		return (this.rejected == null) ? "submitted" : "rejected";
	}

	/** The five counts of submissions.csv: zero unless submitted. */
	List<Integer> counts() {
		if (!"submitted".equals(status())) {
			return List.of(0, 0, 0, 0, 0);
		}
		return List.of(this.check.organizationsRows(), this.check.organizationsAccepted(), this.check.contractsRows(),
				this.check.contractsAccepted(), this.check.rejectedRows());
	}

	private void read(CityReturn city) throws IOException {
		for (ReturnKind kind : ReturnKind.values()) {
			try (ReturnReader reader = ReturnReader.open(city.file(kind), kind)) {
				ReturnLine line;
				while ((line = reader.next()) != null) {
					keep(this.check.check(new CityLine(kind, line)));
				}
			}
			catch (ReturnRejectedException ex) {
				this.rejected = ex.getMessage();
				return;
			}
		}
		for (String contractId : this.check.inconsistentContracts()) {
			List<Integer> lines = this.contracts.stream().filter((c) -> c.contractId().equals(contractId))
				.map(Contract::line).toList();
			this.rejections.addAll(this.check.rejectInconsistent(contractId, lines));
			this.contracts.removeIf((c) -> c.contractId().equals(contractId));
		}
		this.rejections.sort(Comparator.comparing(RowRejection::file).thenComparing(RowRejection::line));
	}

	private void keep(LineOutcome outcome) {
		if (outcome instanceof Organization organization) {
			this.organizations.add(organization);
		}
		else if (outcome instanceof Contract contract) {
			this.contracts.add(contract);
		}
		else if (outcome instanceof RowRejection rejection) {
			this.rejections.add(rejection);
		}
		else if (outcome instanceof SkippedLine line) {
			this.skipped.add(line);
		}
	}
}
