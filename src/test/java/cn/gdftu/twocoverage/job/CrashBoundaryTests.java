package cn.gdftu.twocoverage.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stops a child JVM dead ({@link IngestHalt}) at each transaction boundary of one city's ingest in turn,
 * runs the same command again, and expects exactly the files of a run never interrupted — on a first
 * run and on a forced rerun of a period already published. Deterministic, unlike a kill at a random
 * moment: every boundary is hit once. The province is small (three cities of the bad conformance tree,
 * the others missing) and a transaction holds few lines, so the city spans two transactions.
 * <p>
 * The halts are chained to save JVMs: the run recovering from a halt at boundary N is itself halted at
 * boundary N+1 (a recovering run clears what the halted one left and reads the city again from its first
 * line, passing the same boundaries), and a chain's last run goes to the end and is compared. A recovery
 * gone wrong at any link leaves its mark in the database the next link starts from, and so in the files.
 * Once the city's outcome is committed, a recovering run finds the city done and passes fewer
 * boundaries: it completes before its halt, and a new chain starts with a fresh run halted at the next
 * boundary.
 * <p>
 * Only the arguments name the database; to run this on another database, pass its {@code --db}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashBoundaryTests {

	/** The city stopped at: rejected rows, skipped lines, and a city read before it and one after it. */
	private static final String CITY = "440300";

	/** 440300 has 112 + 130 data rows and 11 skipped lines: 253 lines, two transactions of 150. */
	private static final String ROWS_PER_TRANSACTION = "-Dtwo-coverage.rows-per-transaction=150";

	/** Opened; the first transaction before and after its commit; the last one (with the outcome) likewise; completed. */
	private static final int BOUNDARIES = 6;

	private static final String PERIOD = "2026-09";

	private Path input;

	private Path published;

	private Map<String, byte[]> uninterrupted;

	/**
	 * The run the others are compared with. Its halt is one past the last boundary, so it completing shows
	 * the city has no more than {@value #BOUNDARIES} boundaries.
	 */
	@BeforeAll
	void uninterruptedRun(@TempDir Path root) throws Exception {
		this.input = root.resolve("input");
		for (String city : List.of("440100", CITY, "441300")) {
			JobRunner.copyResource("conformance/bad/input/" + PERIOD + "/" + city, this.input.resolve(PERIOD).resolve(city));
		}
		this.published = root.resolve("published");
		List<String> lines = new ArrayList<>();
		assertThat(job(this.published, BOUNDARIES + 1).run(lines)).as(String.join("\n", lines)).isZero();
		this.uninterrupted = JobRunner.snapshot(this.published);
	}

	@Test
	void aFirstRunHaltedAtEachBoundaryOfACityRerunsToTheSameFiles(@TempDir Path root) throws Exception {
		haltAtEachBoundary(root, (reports) -> {
		}, (reports) -> assertThat(JobRunner.snapshot(reports).keySet())
			.as("nothing of the period published while halted").noneMatch((file) -> file.startsWith(PERIOD)));
	}

	@Test
	void aRerunOfAPublishedPeriodHaltedAtEachBoundaryRerunsToTheSameFiles(@TempDir Path root) throws Exception {
		haltAtEachBoundary(root, (reports) -> FileSystemUtils.copyRecursively(this.published, reports),
				(reports) -> assertThat(JobRunner.snapshot(reports)).as("the published files while the rerun is halted")
					.isEqualTo(this.uninterrupted),
				"--period", PERIOD);
	}

	/** A city whose step completed but whose outcome is gone is read again, not skipped. */
	@Test
	void aCityWhoseStepCompletedWithoutAnOutcomeIsReadAgain(@TempDir Path root) throws Exception {
		Path reports = root.resolve("reports");
		assertThat(job(reports, BOUNDARIES).run(new ArrayList<>())).isEqualTo(IngestHalt.EXIT_CODE);
		try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + reports.resolve("two-coverage.db"));
				Statement statement = db.createStatement()) {
			assertThat(statement.executeUpdate("DELETE FROM submission WHERE city_code = '" + CITY + "'")).isOne();
		}
		rerunGivesTheUninterruptedFiles(reports, BOUNDARIES);
	}

	private void rerunGivesTheUninterruptedFiles(Path reports, int n, String... args) throws Exception {
		List<String> lines = new ArrayList<>();
		assertThat(job(reports, 0, args).run(lines)).as(String.join("\n", lines)).isZero();
		assertThat(lines).as("halted at boundary %d, the period is restarted", n)
			.anyMatch((line) -> line.startsWith("[" + PERIOD + "]") && line.contains("从中断处继续"));
		assertThat(JobRunner.snapshot(reports)).as("rerun after boundary %d", n).isEqualTo(this.uninterrupted);
		try (var leftovers = Files.list(reports)) {
			assertThat(leftovers.map((p) -> p.getFileName().toString())).noneMatch((name) -> name.startsWith("."));
		}
	}

	/**
	 * Halts a fresh run at boundary 1 and each run recovering from a halt at the next boundary, until
	 * every boundary was halted at; a chain's last run (one that completes before its halt, or the one
	 * after the last boundary) must give the uninterrupted files. {@code prepare} makes a fresh run's
	 * folder; {@code whileHalted} checks the folder after each halt.
	 */
	private void haltAtEachBoundary(Path root, Folder prepare, Folder whileHalted, String... args) throws Exception {
		List<String> chains = new ArrayList<>();
		int n = 1;
		while (n <= BOUNDARIES) {
			Path reports = root.resolve("chain-" + (chains.size() + 1));
			prepare.accept(reports);
			StringBuilder chain = new StringBuilder("fresh run");
			while (true) {
				boolean fresh = chain.length() == "fresh run".length();
				List<String> lines = new ArrayList<>();
				int exit = job(reports, n > BOUNDARIES ? 0 : n, args).run(lines);
				String output = chains + " " + chain + ", then halt at " + n + ":\n" + String.join("\n", lines);
				if (!fresh) {
					assertThat(lines).as("a rerun restarts the period: " + output)
						.anyMatch((line) -> line.startsWith("[" + PERIOD + "]") && line.contains("从中断处继续"));
				}
				if (exit == 0) {
					assertThat(fresh).as("a fresh run reaches boundary %d: %s", n, output).isFalse();
					assertThat(JobRunner.snapshot(reports)).as("the files after " + chain).isEqualTo(this.uninterrupted);
					try (var leftovers = Files.list(reports)) {
						assertThat(leftovers.map((p) -> p.getFileName().toString())).noneMatch((name) -> name.startsWith("."));
					}
					chain.append(", completed");
					break;
				}
				assertThat(exit).as(output).isEqualTo(IngestHalt.EXIT_CODE);
				whileHalted.accept(reports);
				chain.append(", halted at ").append(n++);
			}
			chains.add(chain.toString());
		}
		System.out.println("CrashBoundaryTests " + String.join(" | ", args) + ": " + chains);
		// The last chain recovers from the last boundary; with each chain going on from where the one
		// before it stopped, every boundary was halted at.
		assertThat(chains.get(chains.size() - 1)).as("the chains: %s", chains).endsWith("halted at " + BOUNDARIES + ", completed");
	}

	/** Something done to a run's reports folder. */
	@FunctionalInterface
	private interface Folder {

		void accept(Path reports) throws Exception;
	}

	/** The job on this province; {@code haltAt} 0 runs it without a halt. */
	private ChildJob job(Path reports, int haltAt, String... args) {
		List<String> options = new ArrayList<>(List.of("-Xmx512m", ROWS_PER_TRANSACTION));
		if (haltAt > 0) {
			options.add("-D" + IngestHalt.PROPERTY + "=" + CITY + ":" + haltAt);
		}
		List<String> arguments = new ArrayList<>(List.of("--input", this.input.toString(), "--reports", reports.toString()));
		arguments.addAll(List.of(args));
		return new ChildJob(options, arguments.toArray(String[]::new));
	}
}
