package cn.gdftu.twocoverage.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a real child JVM running the job (SIGKILL, as {@code kill -9}) when it prints a given progress
 * line, runs the same command again, and expects exactly the files of a run never interrupted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRecoveryTests {

	private Path input;

	private Map<String, byte[]> uninterrupted;

	@BeforeAll
	void uninterruptedRun(@TempDir Path root) throws Exception {
		this.input = MonthlyJobTests.copyResource("conformance/messy/input", root.resolve("input"));
		Path reports = root.resolve("reports");
		assertThat(runToEnd(reports, new ArrayList<>())).isZero();
		this.uninterrupted = JobRunner.snapshot(reports);
	}

	/**
	 * Each point leaves seconds of work after it, so the kill lands mid-run: cities still to read in the
	 * first period, and the report of the second with the first already published. Every transaction
	 * boundary of a city's ingest is covered deterministically by {@link CrashBoundaryTests}; these two
	 * random-moment kills keep the whole command honest around it.
	 */
	@ParameterizedTest(name = "killed at the line containing \"{0}\"")
	@ValueSource(strings = { "[2026-09] 44", "[2026-10] 覆盖率已计算" })
	void rerunAfterKillGivesTheSameFiles(String killAt, @TempDir Path root) throws Exception {
		Path reports = root.resolve("reports");
		boolean killed = killWhen(reports, (line) -> line.contains(killAt));
		assertThat(killed).as("the job reached \"%s\" and was killed", killAt).isTrue();
		List<String> rerun = new ArrayList<>();
		assertThat(runToEnd(reports, rerun)).isZero();
		String period = killAt.substring(0, 9);
		assertThat(rerun).as("the killed period is restarted, not begun again")
			.anyMatch((line) -> line.startsWith(period) && line.contains("从中断处继续"));
		assertThat(JobRunner.snapshot(reports)).isEqualTo(this.uninterrupted);
		try (Stream<Path> leftovers = Files.list(reports)) {
			assertThat(leftovers.map((p) -> p.getFileName().toString())).noneMatch((n) -> n.startsWith("."));
		}
	}

	private int runToEnd(Path reports, List<String> lines) throws Exception {
		return child(reports).run(lines);
	}

	private boolean killWhen(Path reports, Predicate<String> trigger) throws Exception {
		Process process = child(reports).start();
		List<String> lines = ChildJob.drain(process, trigger);
		boolean reached = !lines.isEmpty() && trigger.test(lines.get(lines.size() - 1));
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
		return reached;
	}

	private ChildJob child(Path reports) {
		return new ChildJob(List.of("-Xmx512m"), "--input", this.input.toString(), "--reports", reports.toString());
	}
}
