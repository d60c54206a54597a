package cn.gdftu.twocoverage.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.gdftu.twocoverage.reference.ReferenceData;

/**
 * What {@link CityCheck} streams for one city's folder, kept in lists for assertions: the accepted rows
 * (less the rows of inconsistent contracts, as the job stores them), the rejections by file and line,
 * the skipped lines, and the submission. Only collects: the checking is the product's.
 */
public final class CityRun implements ReturnSink {

	public final List<Organization> organizations = new ArrayList<>();

	public final List<Contract> contracts = new ArrayList<>();

	public final List<RowRejection> rejections = new ArrayList<>();

	public final List<SkippedLine> skipped = new ArrayList<>();

	public final List<String> inconsistentContracts = new ArrayList<>();

	public CitySubmission result;

	/** Why the whole return is unusable (the message without its "整份报送未采用：" prefix), or null. */
	public String rejected;

	/** A generated city folder, named by its city code. */
	public static CityRun read(Path cityFolder) {
		return of(cityFolder, cityFolder.getFileName().toString());
	}

	public static CityRun of(Path folder, String cityCode) {
		return of(folder, cityCode, ReferenceData.bundled());
	}

	public static CityRun of(Path folder, String cityCode, ReferenceData reference) {
		CityRun run = new CityRun();
		run.result = new CityCheck(reference).check(cityCode, folder, run);
		if (run.result.status() == SubmissionStatus.REJECTED) {
			run.rejected = run.result.submission().message().replaceFirst("^整份报送未采用：", "");
		}
		run.rejections.sort(Comparator.comparing((RowRejection r) -> r.file().equals(run.source(ReturnKind.CONTRACTS)))
			.thenComparingInt(RowRejection::line));
		return run;
	}

	@Override
	public void accept(LineOutcome outcome) {
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

	@Override
	public void inconsistent(String contractId, List<RowRejection> rejections) {
		this.inconsistentContracts.add(contractId);
		this.rejections.addAll(rejections);
		this.contracts.removeIf((c) -> c.contractId().equals(contractId));
	}

	public String status() {
		return this.result.status().code();
	}

	public String source(ReturnKind kind) {
		return this.result.source(kind);
	}

	public int skippedLines() {
		return this.result.submission().skippedLines();
	}

	/** The five counts of submissions.csv: zero unless submitted. */
	public List<Integer> counts() {
		Submission s = this.result.submission();
		return List.of(s.organizationsRows(), s.organizationsAccepted(), s.contractsRows(), s.contractsAccepted(),
				s.rejectedRows());
	}
}
