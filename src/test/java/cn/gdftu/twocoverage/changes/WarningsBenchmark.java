package cn.gdftu.twocoverage.changes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteDataSource;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.ingest.Contract;
import cn.gdftu.twocoverage.ingest.Organization;
import cn.gdftu.twocoverage.ingest.Scope;
import cn.gdftu.twocoverage.ingest.WomenOrg;
import cn.gdftu.twocoverage.job.Workspace;
import cn.gdftu.twocoverage.store.LoadStore;
import cn.gdftu.twocoverage.store.ReturnStore;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;
import cn.gdftu.twocoverage.store.Stores;

/**
 * What the warnings add to an upload's answer for the largest city of a real-size province: 45,000
 * unions and 30,000 contract rows last month, stored as the job stores them, beside the other 20 cities
 * (2,250 unions each), and this month's return with a few hundred changes. Run by hand:
 * {@code java -cp … cn.gdftu.twocoverage.changes.WarningsBenchmark [unions]}; prints each of 7 runs and the median.
 */
public final class WarningsBenchmark {

	private WarningsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int unions = (args.length > 0) ? Integer.parseInt(args[0]) : 45_000;
		Path folder = Files.createTempDirectory("warnings-bench");
		SQLiteDataSource dataSource = new SQLiteDataSource();
		dataSource.setUrl(Workspace.url(folder.resolve("bench.db")));
		Jdbi jdbi = Stores.jdbi((DataSource) dataSource);
		List<Organization> before = new ArrayList<>();
		List<Contract> contracts = new ArrayList<>();
		for (int i = 0; i < unions; i++) {
			before.add(union(i, 100 + (i % 50), (i % 7 == 0) ? WomenOrg.NONE : WomenOrg.COMMITTEE));
			if (i % 3 != 0) {
				contracts.add(new Contract(i + 2, "HT-" + i, Scope.ENTERPRISE, id(i), LocalDate.parse("2025-01-01"),
						LocalDate.parse("2027-12-31")));
			}
		}
		jdbi.useTransaction((handle) -> {
			handle.execute("INSERT INTO load (load_id, period, input_digest, state) VALUES (1, '2026-09', 'x', 'loading')");
			ReturnStore rows = handle.attach(ReturnStore.class);
			for (int c = 0; c < 21; c++) {
				String city = (c == 0) ? "440100" : "4400" + (10 + c);
				List<Organization> cityUnions = (c == 0) ? before : before.subList(0, unions / 20);
				rows.putSubmission(1, new Submission(city, SubmissionStatus.SUBMITTED, cityUnions.size(), cityUnions.size(),
						contracts.size(), contracts.size(), 0, 0, ""));
				rows.addOrganizations(1, city, cityUnions);
				rows.addContracts(1, city, (c == 0) ? contracts : contracts.subList(0, contracts.size() / 20));
			}
			handle.attach(LoadStore.class).publish(Period.parse("2026-09"), 1, "x");
		});
		List<Organization> now = new ArrayList<>(before.subList(0, unions - 200));
		for (int i = 0; i < 100; i++) {
			now.set(i * 10, union(i * 10, 5000, WomenOrg.COMMITTEE));
		}
		List<Contract> nowContracts = contracts.subList(0, contracts.size() - 100);
		ReturnWarnings warnings = new ReturnWarnings(jdbi, WarningRules.DEFAULTS);
		long[] millis = new long[7];
		long[] cpu = new long[7];
		var threads = java.lang.management.ManagementFactory.getThreadMXBean();
		int found = 0;
		for (int run = 0; run < millis.length; run++) {
			long start = System.nanoTime();
			long startCpu = threads.getCurrentThreadCpuTime();
			found = warnings.warnings(Period.parse("2026-10"), "440100", now, nowContracts).warnings().size();
			millis[run] = (System.nanoTime() - start) / 1_000_000;
			cpu[run] = (threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
			System.out.println("run " + (run + 1) + ": " + millis[run] + " ms wall, " + cpu[run] + " ms CPU, " + found
					+ " warnings");
		}
		Arrays.sort(millis);
		Arrays.sort(cpu);
		System.out.println(unions + " unions, " + nowContracts.size() + " contract rows: median " + millis[3]
				+ " ms wall, " + cpu[3] + " ms CPU (SQLite runs on the calling thread)");
		cn.gdftu.twocoverage.files.FileTrees.deleteTree(folder);
	}

	static String id(int i) {
		return String.format("9144010%011d", i);
	}

	static Organization union(int i, int employees, WomenOrg org) {
		return new Organization(i + 2, id(i), "单位" + i, "440106", "C", "private", employees, 40, 20, org);
	}
}
