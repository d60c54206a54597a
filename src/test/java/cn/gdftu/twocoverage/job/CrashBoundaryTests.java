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

	@BeforeAll
	void uninterruptedRun(@TempDir Path root) throws Exception {
		this.input = root.resolve("input");
		for (String city : List.of("440100", CITY, "441300")) {
			JobRunner.copyResource("conformance/bad/input/" + PERIOD + "/" + city, this.input.resolve(PERIOD).resolve(city));
		}
		this.published = root.resolve("published");
		assertThat(job(this.published, 0).run(new ArrayList<>())).isZero();
		this.uninterrupted = JobRunner.snapshot(this.published);
	}

	@Test
	void aFirstRunHaltedAtEachBoundaryOfACityRerunsToTheSameFiles(@TempDir Path root) throws Exception {
		int n = 1;
		while (true) {
			Path reports = root.resolve("halt-" + n);
			List<String> lines = new ArrayList<>();
			int exit = job(reports, n).run(lines);
			if (exit == 0) {
				assertThat(JobRunner.snapshot(reports)).as("a run past the last boundary").isEqualTo(this.uninterrupted);
				break;
			}
			assertThat(exit).as(String.join("\n", lines)).isEqualTo(IngestHalt.EXIT_CODE);
			rerunGivesTheUninterruptedFiles(reports, n);
			n++;
		}
		assertThat(n - 1).as("boundaries halted at").isEqualTo(BOUNDARIES);
	}

	@Test
	void aRerunOfAPublishedPeriodHaltedAtEachBoundaryRerunsToTheSameFiles(@TempDir Path root) throws Exception {
		for (int n = 1; n <= BOUNDARIES; n++) {
			Path reports = root.resolve("halt-" + n);
			FileSystemUtils.copyRecursively(this.published, reports);
			List<String> lines = new ArrayList<>();
			assertThat(job(reports, n, "--period", PERIOD).run(lines)).as(String.join("\n", lines))
				.isEqualTo(IngestHalt.EXIT_CODE);
			assertThat(JobRunner.snapshot(reports)).as("the published files while the rerun is halted")
				.isEqualTo(this.uninterrupted);
			rerunGivesTheUninterruptedFiles(reports, n, "--period", PERIOD);
		}
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

	/** The job on this province; {@code haltAt} 0 runs it without a halt. */
	private ChildJob job(Path reports, int haltAt, String... args) {
		List<String> options = new ArrayList<>(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", ROWS_PER_TRANSACTION));
		if (haltAt > 0) {
			options.add("-D" + IngestHalt.PROPERTY + "=" + CITY + ":" + haltAt);
		}
		List<String> arguments = new ArrayList<>(List.of("--input", this.input.toString(), "--reports", reports.toString()));
		arguments.addAll(List.of(args));
		return new ChildJob(options, arguments.toArray(String[]::new));
	}
}
