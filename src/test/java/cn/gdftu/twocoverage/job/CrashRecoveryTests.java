package cn.gdftu.twocoverage.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a real child JVM running the job (SIGKILL, as {@code kill -9}) when it prints a given progress
 * line, runs the same command again, and expects exactly the files of a run never interrupted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRecoveryTests {

	private Path input;

	private Map<String, byte[]> uninterrupted;

	/** The messy tree's shared run (the same command, never interrupted): the files every rerun must give. */
	@BeforeAll
	void uninterruptedRun(@TempDir Path root) throws Exception {
		SharedRuns.Run messy = SharedRuns.messy();
		assertThat(messy.outcome().exit()).as(messy.outcome().stderr()).isZero();
		this.input = messy.copy(root).input();
		this.uninterrupted = JobRunner.snapshot(messy.reports());
	}

	/**
	 * Two kills in a row, each leaving seconds of work after it so it lands mid-run: the first run while
	 * cities of the first period are still to read; the run after it, once it has restarted and published
	 * that period, while it writes the second period's report. The third run restarts the second period,
	 * finds the first up to date, and leaves exactly the uninterrupted files: the first period's as the
	 * second run recovered them, the second's as the third did. Every transaction boundary of a city's
	 * ingest is covered deterministically by {@link CrashBoundaryTests}; these random-moment kills keep the
	 * whole command honest around it.
	 */
	@Test
	void rerunsAfterKillsGiveTheSameFiles(@TempDir Path root) throws Exception {
		Path reports = root.resolve("reports");
		assertThat(killWhen(reports, "[2026-09] 44", new ArrayList<>())).as("the first run was killed").isTrue();
		List<String> second = new ArrayList<>();
		assertThat(killWhen(reports, "[2026-10] 覆盖率已计算", second)).as("the second run was killed").isTrue();
		assertThat(second).as("the first killed period is restarted, not begun again")
			.anyMatch((line) -> line.startsWith("[2026-09]") && line.contains("从中断处继续"));
		Map<String, byte[]> firstPeriodOnly = new TreeMap<>(this.uninterrupted);
		firstPeriodOnly.keySet().removeIf((file) -> file.startsWith("2026-10"));
		Map<String, byte[]> published = JobRunner.snapshot(reports);
		published.keySet().removeIf((file) -> file.startsWith("."));
		assertThat(published).as("killed while writing the second period's report: the first published, nothing of the second")
			.isEqualTo(firstPeriodOnly);
		List<String> third = new ArrayList<>();
		assertThat(runToEnd(reports, third)).as(String.join("\n", third)).isZero();
		assertThat(third).as("the second killed period is restarted, the first left as published")
			.anyMatch((line) -> line.startsWith("[2026-10]") && line.contains("从中断处继续"))
			.anyMatch((line) -> line.startsWith("[2026-09]") && line.contains("up to date"));
		assertThat(JobRunner.snapshot(reports)).isEqualTo(this.uninterrupted);
		try (Stream<Path> leftovers = Files.list(reports)) {
			assertThat(leftovers.map((p) -> p.getFileName().toString())).noneMatch((n) -> n.startsWith("."));
		}
	}

	private int runToEnd(Path reports, List<String> lines) throws Exception {
		return child(reports).run(lines);
	}

	/** Runs the job until it prints a line containing {@code killAt}, then kills it; its lines in {@code lines}. */
	private boolean killWhen(Path reports, String killAt, List<String> lines) throws Exception {
		Process process = child(reports).start();
		lines.addAll(ChildJob.drain(process, (line) -> line.contains(killAt)));
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
		return !lines.isEmpty() && lines.get(lines.size() - 1).contains(killAt);
	}

	private ChildJob child(Path reports) {
		return new ChildJob(List.of("-Xmx512m"), "--input", this.input.toString(), "--reports", reports.toString());
	}
}
