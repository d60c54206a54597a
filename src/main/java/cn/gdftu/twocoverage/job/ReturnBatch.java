package cn.gdftu.twocoverage.job;

import java.util.ArrayList;
import java.util.List;

import cn.gdftu.twocoverage.ingest.CitySubmission;
import cn.gdftu.twocoverage.ingest.Contract;
import cn.gdftu.twocoverage.ingest.LineOutcome;
import cn.gdftu.twocoverage.ingest.Organization;
import cn.gdftu.twocoverage.ingest.RowRejection;
import cn.gdftu.twocoverage.ingest.SkippedLine;

/**
 * A run of a city's return as the check judged it, sorted by what each line became, written in one
 * transaction. A rejection is data like any other verdict. The last batch of a city also carries the
 * check's verdict (its submission) and the contracts withdrawn as inconsistent, so the city's last rows
 * and its outcome commit together: a city is done exactly when its outcome is stored.
 */
final class ReturnBatch {

	private final List<Organization> organizations = new ArrayList<>();

	private final List<Contract> contracts = new ArrayList<>();

	private final List<RowRejection> rejections = new ArrayList<>();

	private final List<SkippedLine> skipped = new ArrayList<>();

	private int size;

	private CitySubmission verdict;

	private List<String> inconsistentContracts = List.of();

	void add(LineOutcome outcome) {
		if (outcome instanceof Organization organization) {
			this.organizations.add(organization);
		}
		else if (outcome instanceof Contract contract) {
			this.contracts.add(contract);
		}
		else if (outcome instanceof RowRejection rejection) {
			this.rejections.add(rejection);
		}
		else {
			this.skipped.add((SkippedLine) outcome);
		}
		this.size++;
	}

	int size() {
		return this.size;
	}

	/** Makes this the city's last batch. */
	void end(CitySubmission verdict, List<String> inconsistentContracts) {
		this.verdict = verdict;
		this.inconsistentContracts = List.copyOf(inconsistentContracts);
	}

	List<Organization> organizations() {
		return this.organizations;
	}

	List<Contract> contracts() {
		return this.contracts;
	}

	List<RowRejection> rejections() {
		return this.rejections;
	}

	List<SkippedLine> skipped() {
		return this.skipped;
	}

	/** What the check made of the return, on the last batch only; null before. */
	CitySubmission verdict() {
		return this.verdict;
	}

	List<String> inconsistentContracts() {
		return this.inconsistentContracts;
	}
}
