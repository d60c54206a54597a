package cn.gdftu.twocoverage.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link ReturnSink} that keeps the accepted rows as the job would store them (a contract found
 * inconsistent at the end is dropped) and passes everything on to another sink: what the review's
 * warnings compare (SPEC §12) at upload and in {@code validate --previous}.
 */
public final class AcceptedRows implements ReturnSink {

	private final ReturnSink next;

	private final List<Organization> organizations = new ArrayList<>();

	private final List<Contract> contracts = new ArrayList<>();

	private final Set<String> inconsistent = new HashSet<>();

	public AcceptedRows(ReturnSink next) {
		this.next = next;
	}

	@Override
	public void accept(LineOutcome outcome) {
		if (outcome instanceof Organization organization) {
			this.organizations.add(organization);
		}
		else if (outcome instanceof Contract contract) {
			this.contracts.add(contract);
		}
		this.next.accept(outcome);
	}

	@Override
	public void inconsistent(String contractId, List<RowRejection> rejected) {
		this.inconsistent.add(contractId);
		this.next.inconsistent(contractId, rejected);
	}

	public List<Organization> organizations() {
		return this.organizations;
	}

	public List<Contract> contracts() {
		return this.inconsistent.isEmpty() ? this.contracts
				: this.contracts.stream().filter((c) -> !this.inconsistent.contains(c.contractId())).toList();
	}
}
