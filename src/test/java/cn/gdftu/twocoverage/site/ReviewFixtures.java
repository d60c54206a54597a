package cn.gdftu.twocoverage.site;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Jdbi;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.ingest.Contract;
import cn.gdftu.twocoverage.ingest.EmployerId;
import cn.gdftu.twocoverage.ingest.Organization;
import cn.gdftu.twocoverage.ingest.Scope;
import cn.gdftu.twocoverage.ingest.WomenOrg;
import cn.gdftu.twocoverage.store.LoadStore;
import cn.gdftu.twocoverage.store.ReturnStore;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;

/**
 * Guangzhou's last month as the job stored it, and this month's return with one change of every kind
 * planted (SPEC §12), worked out by hand:
 *
 * <p>Last month: U1..U10, all with a women-workers' organisation that meets the need (100 %); U1 and U2
 * under contracts HT-1 and HT-2 running to 2027 (2 of 10, 20 %). This month: U8..U10 left out (10 → 7
 * unions, −30 %: ROSTER_CHANGE); U1's employees 100 → 1001 (HEAD_COUNT_JUMP); U2's committee gone with 12
 * women members (COMMITTEE_DROPPED); HT-2 not sent (CONTRACT_DROPPED); organisation coverage 100 % →
 * 85.7 % and contract coverage 20 % → 14.3 % (two RATE_DROPs). The correction sends U8..U10 back,
 * U1 as before and HT-2 again, and keeps the committee change (COMMITTEE_DROPPED, and organisation
 * coverage 100 % → 90 %: RATE_DROP), which the city explains.
 */
final class ReviewFixtures {

	static final String CITY = "440100";

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private ReviewFixtures() {
	}

	/** This month (China time): open to a city account. */
	static String period() {
		return YearMonth.now(CHINA).toString();
	}

	static String previousPeriod() {
		return YearMonth.now(CHINA).minusMonths(1).toString();
	}

	static String id(int i) {
		String first17 = String.format("914401060000001%02d", i);
		return first17 + EmployerId.checkCharacter(first17);
	}

	static Organization union(int i, int employees, int womenMembers, WomenOrg org) {
		return new Organization(i + 1, id(i), "单位" + i, "440106", "C", "private", employees, 20, womenMembers, org);
	}

	static List<Organization> lastMonth() {
		List<Organization> unions = new ArrayList<>();
		unions.add(union(1, 100, 8, WomenOrg.COMMITTEE));
		unions.add(union(2, 50, 12, WomenOrg.COMMITTEE));
		for (int i = 3; i <= 10; i++) {
			unions.add(union(i, 30, 2, WomenOrg.COMMISSIONER));
		}
		return unions;
	}

	static List<Contract> lastMonthContracts() {
		return List.of(contract("HT-1", 1), contract("HT-2", 2));
	}

	static Contract contract(String id, int union) {
		return new Contract(2, id, Scope.ENTERPRISE, id(union), LocalDate.parse("2025-01-01"), LocalDate.parse("2027-12-31"));
	}

	/** Every planted change. */
	static List<Organization> planted() {
		List<Organization> unions = new ArrayList<>();
		unions.add(union(1, 1001, 8, WomenOrg.COMMITTEE));
		unions.add(union(2, 50, 12, WomenOrg.NONE));
		for (int i = 3; i <= 7; i++) {
			unions.add(union(i, 30, 2, WomenOrg.COMMISSIONER));
		}
		return unions;
	}

	/** The correction: only the committee change is left. */
	static List<Organization> corrected() {
		List<Organization> unions = new ArrayList<>(lastMonth());
		unions.set(1, union(2, 50, 12, WomenOrg.NONE));
		return unions;
	}

	static String organizationsCsv(List<Organization> unions) {
		StringBuilder csv = new StringBuilder(SiteFixtures.ORGANIZATIONS_HEADER);
		for (Organization o : unions) {
			csv.append(String.join(",", o.employerId(), o.employerName(), o.countyCode(), o.industry(), o.ownership(),
					Integer.toString(o.employees()), Integer.toString(o.womenEmployees()),
					Integer.toString(o.womenMembers()), o.womenOrg().code())).append('\n');
		}
		return csv.toString();
	}

	static String contractsCsv(List<Contract> contracts) {
		StringBuilder csv = new StringBuilder(SiteFixtures.CONTRACTS_HEADER);
		for (Contract c : contracts) {
			csv.append(String.join(",", c.contractId(), c.scope().code(), c.employerId(), c.effectiveFrom().toString(),
					c.expiresOn().toString())).append('\n');
		}
		return csv.toString();
	}

	/** Stores last month as the job does: a load with the city submitted, published for the period. */
	static void storeLastMonth(Jdbi jdbi, long load) {
		jdbi.useTransaction((handle) -> {
			handle.createUpdate("INSERT INTO load (load_id, period, input_digest, state) VALUES (:load, :period, 'x', 'loading')")
				.bind("load", load)
				.bind("period", previousPeriod())
				.execute();
			ReturnStore rows = handle.attach(ReturnStore.class);
			rows.putSubmission(load, new Submission(CITY, SubmissionStatus.SUBMITTED, 10, 10, 2, 2, 0, 0, ""));
			rows.addOrganizations(load, CITY, lastMonth());
			rows.addContracts(load, CITY, lastMonthContracts());
			handle.attach(LoadStore.class).publish(Period.parse(previousPeriod()), load, "x");
		});
	}
}
