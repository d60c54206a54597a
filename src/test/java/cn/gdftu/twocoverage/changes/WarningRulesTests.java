package cn.gdftu.twocoverage.changes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.ingest.Contract;
import cn.gdftu.twocoverage.ingest.Organization;
import cn.gdftu.twocoverage.ingest.Scope;
import cn.gdftu.twocoverage.ingest.WomenOrg;
import cn.gdftu.twocoverage.store.LoadStore;
import cn.gdftu.twocoverage.store.ReturnStore;
import cn.gdftu.twocoverage.store.Stores;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each warning rule of SPEC §12 on a hand-made previous period (2026-09, stored as the job stores it)
 * and a current return (2026-10, not stored): the boundaries exactly at the threshold, zero counts,
 * a union new this month. Every expected value is written out by hand.
 */
class WarningRulesTests {

	static final Period OCTOBER = Period.parse("2026-10");

	static final String CITY = "440100";

	Jdbi jdbi;

	ReturnWarnings warnings;

	List<Organization> september = new ArrayList<>();

	List<Contract> septemberContracts = new ArrayList<>();

	@BeforeEach
	void database(@TempDir Path folder) {
		SQLiteDataSource dataSource = new SQLiteDataSource();
		dataSource.setUrl("jdbc:sqlite:" + folder.resolve("t.db"));
		this.jdbi = Stores.jdbi((DataSource) dataSource);
		this.warnings = new ReturnWarnings(this.jdbi, WarningRules.DEFAULTS);
	}

	/** The job's way: a load with the city submitted, published as 2026-09. */
	void storeSeptember() {
		this.jdbi.useTransaction((handle) -> {
			handle.createUpdate("INSERT INTO load (load_id, period, input_digest, state) VALUES (7, '2026-09', 'x', 'loading')")
				.execute();
			ReturnStore rows = handle.attach(ReturnStore.class);
			rows.putSubmission(7, new Submission(CITY, SubmissionStatus.SUBMITTED, this.september.size(),
					this.september.size(), 0, 0, 0, 0, ""));
			rows.addOrganizations(7, CITY, this.september);
			rows.addContracts(7, CITY, this.septemberContracts);
			handle.attach(LoadStore.class).publish(Period.parse("2026-09"), 7, "x");
		});
	}

	static Organization union(String id, int employees, int womenEmployees, int womenMembers, WomenOrg org) {
		return new Organization(2, id, "单位" + id, "440106", "C", "private", employees, womenEmployees, womenMembers,
				org);
	}

	/** A union that counts in neither rate (no women employees): only the roster sees it. */
	static Organization plain(String id) {
		return union(id, 10, 0, 0, WomenOrg.NONE);
	}

	static Contract contract(String id, String employer, String from, String to) {
		return new Contract(2, id, Scope.ENTERPRISE, employer, LocalDate.parse(from), LocalDate.parse(to));
	}

	List<Warning> october(List<Organization> unions, List<Contract> contracts) {
		return this.warnings.warnings(OCTOBER, CITY, unions, contracts).warnings();
	}

	static List<Organization> plains(int from, int count) {
		List<Organization> unions = new ArrayList<>();
		for (int i = from; i < from + count; i++) {
			unions.add(plain("P" + i));
		}
		return unions;
	}

	@Test
	void noEarlierStoredPeriodNoWarnings() {
		ReturnWarnings.Found found = this.warnings.warnings(OCTOBER, CITY, plains(0, 3), List.of());
		assertThat(found.previousPeriod()).isNull();
		assertThat(found.warnings()).isEmpty();
	}

	@Test
	void rosterExactlyTwentyPercentBiggerIsNotAWarning() {
		this.september.addAll(plains(0, 10));
		storeSeptember();
		assertThat(october(plains(0, 12), List.of())).isEmpty();
	}

	@Test
	void rosterMoreThanTwentyPercentSmallerIsOne() {
		this.september.addAll(plains(0, 10));
		storeSeptember();
		List<Warning> found = october(plains(0, 7), List.of());
		assertThat(found).singleElement().satisfies((w) -> {
			assertThat(w.code()).isEqualTo(WarningCode.ROSTER_CHANGE);
			assertThat(w.employerId()).isEmpty();
			assertThat(w.previous()).isEqualTo("10");
			assertThat(w.current()).isEqualTo("7");
			assertThat(w.message()).contains("2026-09", "10 个", "7 个", "20%");
		});
	}

	@Test
	void headCountsExactlyTenfoldAreNotAJumpMoreThanTenfoldIs() {
		this.september.add(union("A", 10, 5, 2, WomenOrg.COMMISSIONER));
		this.september.add(union("B", 10, 5, 2, WomenOrg.COMMISSIONER));
		this.september.addAll(plains(0, 8));
		storeSeptember();
		List<Organization> now = new ArrayList<>(plains(0, 8));
		now.add(union("A", 100, 50, 2, WomenOrg.COMMISSIONER)); // exactly tenfold
		now.add(union("B", 101, 5, 2, WomenOrg.COMMISSIONER)); // more than tenfold
		List<Warning> found = october(now, List.of());
		assertThat(found).singleElement().satisfies((w) -> {
			assertThat(w.code()).isEqualTo(WarningCode.HEAD_COUNT_JUMP);
			assertThat(w.employerId()).isEqualTo("B");
			assertThat(w.employerName()).isEqualTo("单位B");
			assertThat(w.previous()).isEqualTo("10");
			assertThat(w.current()).isEqualTo("101");
			assertThat(w.message()).contains("职工人数", "10 倍");
		});
	}

	@Test
	void aCountFromZeroOrANewUnionIsNoJump() {
		this.september.add(union("A", 10, 0, 0, WomenOrg.NONE));
		this.september.addAll(plains(0, 9));
		storeSeptember();
		List<Organization> now = new ArrayList<>(plains(0, 9));
		now.add(union("A", 10, 10, 0, WomenOrg.NONE)); // women employees 0 -> 10: both must be above 0
		now.add(union("NEW", 5000, 4000, 3000, WomenOrg.COMMITTEE)); // new this month: nothing to compare
		assertThat(october(now, List.of())).isEmpty();
	}

	@Test
	void committeeDroppedFromTenWomenMembersNotFromNine() {
		this.september.add(union("TEN", 30, 20, 10, WomenOrg.COMMITTEE));
		this.september.add(union("NINE", 30, 20, 9, WomenOrg.COMMITTEE));
		this.september.addAll(plains(0, 38));
		storeSeptember();
		List<Organization> now = new ArrayList<>(plains(0, 38));
		now.add(union("TEN", 30, 20, 10, WomenOrg.NONE));
		now.add(union("NINE", 30, 20, 9, WomenOrg.NONE));
		List<Warning> found = october(now, List.of());
		// Two of two org-counted unions lose their organisation: 100 % to 0 %, also a rate drop.
		assertThat(found).extracting(Warning::code)
			.containsExactly(WarningCode.COMMITTEE_DROPPED, WarningCode.RATE_DROP);
		assertThat(found.get(0).employerId()).isEqualTo("TEN");
		assertThat(found.get(0).previous()).isEqualTo("committee");
		assertThat(found.get(0).current()).isEqualTo("none");
		assertThat(found.get(1).previous()).isEqualTo("100.0%");
		assertThat(found.get(1).current()).isEqualTo("0.0%");
	}

	@Test
	void aContractStillRunningButNotSentIsDroppedOneThatExpiredIsNot() {
		this.september.addAll(plains(0, 10));
		this.septemberContracts.add(contract("RUNS", "P1", "2025-01-01", "2027-12-31"));
		this.septemberContracts.add(contract("ENDS", "P2", "2025-01-01", "2026-10-15"));
		storeSeptember();
		List<Warning> found = october(plains(0, 10), List.of());
		assertThat(found).singleElement().satisfies((w) -> {
			assertThat(w.code()).isEqualTo(WarningCode.CONTRACT_DROPPED);
			assertThat(w.contractId()).isEqualTo("RUNS");
			assertThat(w.employerName()).isEqualTo("单位P1");
			assertThat(w.previous()).isEqualTo("2025-01-01 至 2027-12-31");
			assertThat(w.current()).isEmpty();
		});
	}

	@Test
	void rateDropOfExactlyFivePointsIsNotAWarningMoreIs() {
		// 20 unions with 1 woman member each, all with a commissioner: organisation coverage 100 %.
		for (int i = 0; i < 20; i++) {
			this.september.add(union("W" + i, 10, 1, 1, WomenOrg.COMMISSIONER));
		}
		storeSeptember();
		List<Organization> fivePoints = new ArrayList<>();
		List<Organization> tenPoints = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			fivePoints.add(union("W" + i, 10, 1, 1, (i < 1) ? WomenOrg.NONE : WomenOrg.COMMISSIONER));
			tenPoints.add(union("W" + i, 10, 1, 1, (i < 2) ? WomenOrg.NONE : WomenOrg.COMMISSIONER));
		}
		assertThat(october(fivePoints, List.of())).isEmpty(); // 100 % -> 95 %
		assertThat(october(tenPoints, List.of())).singleElement().satisfies((w) -> {
			assertThat(w.code()).isEqualTo(WarningCode.RATE_DROP);
			assertThat(w.previous()).isEqualTo("100.0%");
			assertThat(w.current()).isEqualTo("90.0%");
			assertThat(w.message()).contains("女职工组织覆盖率", "5 个百分点");
		});
	}

	@Test
	void theComparisonLeavesNothingBehind() {
		this.september.addAll(plains(0, 10));
		storeSeptember();
		october(plains(0, 3), List.of());
		assertThat(count("SELECT COUNT(*) FROM organization")).isEqualTo(10);
		assertThat(count("SELECT COUNT(*) FROM load")).isEqualTo(1);
	}

	int count(String sql) {
		return this.jdbi.withHandle((h) -> h.createQuery(sql).mapTo(Integer.class).one());
	}
}
