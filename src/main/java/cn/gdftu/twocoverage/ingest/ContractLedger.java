package cn.gdftu.twocoverage.ingest;

import java.util.Arrays;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static cn.gdftu.twocoverage.ingest.ReturnKind.CONTRACTS;

/**
 * The rules across one city's contract rows (SPEC §5), fed the rows that passed {@link ContractRule}
 * in file order: an employer not accepted from organizations.csv, a repeated (contract, employer)
 * pair, and contracts whose rows disagree on scope or dates or whose enterprise scope names more than
 * one employer. The last is known only after the last row: {@link #inconsistentContracts()}.
 */
public final class ContractLedger {

	private final Set<String> acceptedEmployers;

	private final Map<String, Integer> pairLines = new HashMap<>();

	private final Map<String, Terms> terms = new HashMap<>();

	public ContractLedger(Set<String> acceptedEmployers) {
		this.acceptedEmployers = acceptedEmployers;
	}

	/** Rejects the row now if it can be; otherwise records it for the consistency check. */
	public Checked<Contract> check(Contract contract, String employerColumn, String writtenEmployerId) {
		if (!this.acceptedEmployers.contains(contract.employerId())) {
			return new Checked.Rejected<>(RowRejection.of(CONTRACTS, contract.line(), employerColumn, writtenEmployerId,
					Reason.UNKNOWN_EMPLOYER, null));
		}
		String pair = contract.contractId() + '\u0000' + contract.employerId();
		Integer firstLine = this.pairLines.putIfAbsent(pair, contract.line());
		if (firstLine != null) {
			return new Checked.Rejected<>(RowRejection.of(CONTRACTS, contract.line(), employerColumn, writtenEmployerId,
					Reason.DUPLICATE_ROW, "与第" + firstLine + "行相同"));
		}
		Terms seen = this.terms.get(contract.contractId());
		if (seen == null) {
			this.terms.put(contract.contractId(), new Terms(contract));
		}
		else {
			seen.add(contract);
		}
		return new Checked.Accepted<>(contract);
	}

	/** The contracts every one of whose recorded rows must be rejected, in id order. */
	public Set<String> inconsistentContracts() {
		Set<String> ids = new TreeSet<>();
		this.terms.forEach((id, seen) -> {
			if (!seen.consistent) {
				ids.add(id);
			}
		});
		return ids;
	}

	/** The lines of a contract's recorded rows, in file order: the rows to reject if it is inconsistent. */
	public int[] lines(String contractId) {
		Terms seen = this.terms.get(contractId);
		return (seen == null) ? new int[0] : Arrays.copyOf(seen.lines, seen.count);
	}

	/** The rejection of one recorded row of an inconsistent contract. */
	public static RowRejection inconsistent(int line, String contractColumn, String contractId) {
		return RowRejection.of(CONTRACTS, line, contractColumn, contractId, Reason.INCONSISTENT_CONTRACT, null);
	}

	/** What the first row of a contract said, and whether every later row agreed. */
	private static final class Terms {

		private final Scope scope;

		private final LocalDate effectiveFrom;

		private final LocalDate expiresOn;

		private boolean consistent = true;

		/** The lines of the recorded rows: most contracts have one, so the array starts at one. */
		private int[] lines = new int[1];

		private int count;

		Terms(Contract first) {
			this.scope = first.scope();
			this.effectiveFrom = first.effectiveFrom();
			this.expiresOn = first.expiresOn();
			addLine(first.line());
		}

		private void addLine(int line) {
			if (this.count == this.lines.length) {
				this.lines = Arrays.copyOf(this.lines, this.count * 2);
			}
			this.lines[this.count++] = line;
		}

		void add(Contract next) {
			addLine(next.line());
			// A second employer under an enterprise contract, or any disagreement, spoils the contract.
			if (this.scope == Scope.ENTERPRISE || next.scope() != this.scope
					|| !next.effectiveFrom().equals(this.effectiveFrom) || !next.expiresOn().equals(this.expiresOn)) {
				this.consistent = false;
			}
		}
	}
}
