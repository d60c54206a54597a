package cn.gdftu.twocoverage.changes;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.ingest.Contract;
import cn.gdftu.twocoverage.ingest.Organization;
import cn.gdftu.twocoverage.store.LoadStore;
import cn.gdftu.twocoverage.store.ReturnStore;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;

/**
 * SPEC §12's warnings for a return not yet stored by the job (an upload, or {@code validate --previous}):
 * its accepted rows are written under a scratch load inside a transaction, compared with the city's
 * latest earlier stored period by the very SQL of the report ({@link ChangeStore}), and the transaction
 * is rolled back. So the upload and the report share one implementation, and nothing is left behind,
 * not even after a crash.
 */
public final class ReturnWarnings {

	private final Jdbi jdbi;

	private final WarningRules rules;

	public ReturnWarnings(Jdbi jdbi, WarningRules rules) {
		this.jdbi = jdbi;
		this.rules = rules;
	}

	/** The warnings and the period compared with; no earlier stored period: none. */
	public Found warnings(Period period, String cityCode, List<Organization> organizations, List<Contract> contracts) {
		return this.jdbi.withHandle((handle) -> {
			ChangeStore store = handle.attach(ChangeStore.class);
			ChangeStore.Prior prior = store.priors(period).stream()
				.filter((p) -> p.cityCode().equals(cityCode)).findFirst().orElse(null);
			if (prior == null) {
				return new Found(null, List.of());
			}
			handle.begin();
			try {
				return new Found(prior.period().toString(), compare(handle, period, cityCode, prior, organizations, contracts));
			}
			finally {
				handle.rollback();
			}
		});
	}

	private List<Warning> compare(Handle handle, Period period, String cityCode, ChangeStore.Prior prior,
			List<Organization> organizations, List<Contract> contracts) {
		// Negative: never a job's load id; rolled back, so never seen by anyone else. Within 32 bits, for an
		// INTEGER column on PostgreSQL.
		long scratch = -2 - ThreadLocalRandom.current().nextInt(1_000_000_000);
		long previous = scratch + 1;
		openScratch(handle, scratch, period);
		openScratch(handle, previous, prior.period());
		// The city's rows of the earlier load, copied: the SQL then reads this city only, not the province.
		ReturnStore rows = handle.attach(ReturnStore.class);
		for (String table : new String[] { "submission", "organization", "contract" }) {
			rows.copyCityRows(table, COLUMNS.get(table), prior.loadId(), previous, cityCode);
		}
		rows.putSubmission(scratch, new Submission(cityCode, SubmissionStatus.SUBMITTED, organizations.size(),
				organizations.size(), contracts.size(), contracts.size(), 0, 0, ""));
		rows.addOrganizations(scratch, cityCode, organizations);
		rows.addContracts(scratch, cityCode, contracts);
		ChangeStore store = handle.attach(ChangeStore.class);
		var previousD = prior.period().referenceDate();
		List<String> cities = List.of(cityCode);
		Movement movement = store.movements(scratch, period.referenceDate(), previous, previousD, cities).stream()
			.findFirst().orElse(null);
		List<UnusualUnion> unions = store.unusualUnions(scratch, previous, cities,
				this.rules.changes().headCountFactor(), this.rules.changes().committeeWomenMembers());
		List<VanishedContract> vanished = store.vanishedContracts(scratch, period.referenceDate(), previous,
				previousD, cities);
		return this.rules.warnings(prior.period().toString(), movement, unions, vanished);
	}

	private static void openScratch(Handle handle, long load, Period period) {
		handle.attach(LoadStore.class).open(load, period, "");
	}

	/** Every column but load_id of the tables copied, in their order. */
	private static final java.util.Map<String, String> COLUMNS = java.util.Map.of("submission",
			"city_code, status, organizations_rows, organizations_accepted, contracts_rows, contracts_accepted, "
					+ "rejected_rows, skipped_lines, message",
			"organization", "city_code, line, employer_id, employer_name, county_code, industry, ownership, employees, "
					+ "women_employees, women_members, women_org",
			"contract", "city_code, line, contract_id, scope, employer_id, effective_from, expires_on");

	/** What the comparison found: the period compared with (null when none) and the warnings. */
	public record Found(String previousPeriod, List<Warning> warnings) {
	}
}
