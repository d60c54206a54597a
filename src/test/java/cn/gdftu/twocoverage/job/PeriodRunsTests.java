package cn.gdftu.twocoverage.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.cli.JobContext;
import cn.gdftu.twocoverage.store.Database;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly job run from inside the running application (the province page's 运行): the same files
 * as the command line, one run at a time, failures reported. One application for all the tests, as
 * the site has one: each test waits for its runs to end, so the next finds none running.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodRunsTests {

	static final Period OCTOBER = Period.parse("2026-10");

	/** Four small cities of the sample, two of them with planted bad rows. */
	static final List<String> CITIES = List.of("440200", "441200", "441700", "445300");

	Path root;

	ConfigurableApplicationContext context;

	PeriodRuns runs;

	@BeforeAll
	void start(@TempDir Path root) throws IOException {
		this.root = root;
		for (String city : CITIES) {
			copy(Path.of("input/2026-10").resolve(city), root.resolve("input/2026-10").resolve(city));
		}
		Path database = root.resolve("site/two-coverage.db");
		assertThat(Workspace.prepare(root.resolve("input"), root.resolve("site"), database)).isNull();
		this.context = JobContext.start(database, Map.of("two-coverage.input", root.resolve("input").toString(),
				"two-coverage.reports", root.resolve("site").toString(), "two-coverage.progress", "false"));
		this.runs = this.context.getBean(PeriodRuns.class);
	}

	@AfterAll
	void stop() {
		this.context.close();
	}

	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class SameAsTheCommandLine {

		PeriodRun run;

		@BeforeAll
		void run() throws Exception {
			this.run = runs.start(OCTOBER, "province").run().done().get(5, TimeUnit.MINUTES);
			assertThat(this.run.state()).as(this.run.result()).isEqualTo(PeriodRun.State.COMPLETED);
		}

		@Test
		void writesTheSameFilesByteForByte() throws Exception {
			JobRunner.Outcome cli = JobRunner.run("--period", "2026-10", "--input", root.resolve("input").toString(),
					"--reports", root.resolve("cli").toString());
			assertThat(cli.exit()).as(cli.stderr()).isZero();
			Map<String, byte[]> site = JobRunner.snapshot(root.resolve("site/2026-10"));
			Map<String, byte[]> command = JobRunner.snapshot(root.resolve("cli/2026-10"));
			assertThat(site.keySet()).containsExactlyElementsOf(command.keySet()).contains("coverage.csv",
					"index.html", "submissions.csv", "rejects/440200.csv");
			command.forEach((name, bytes) -> assertThat(site.get(name)).as(name).isEqualTo(bytes));
		}

		@Test
		void showsTheCommandLinesProgressAndSummary() {
			assertThat(this.run.account()).isEqualTo("province");
			assertThat(this.run.result()).startsWith("[2026-10] 完成：报送 4 市，未报送 17 市").endsWith("index.html");
			assertThat(this.run.lines()).anyMatch((line) -> line.contains("440200") && line.contains("读取"))
				.contains(this.run.result());
		}
	}

	@Nested
	class OneAtATime {

		@Test
		void aSecondClickWhileRunningGetsTheRunGoing() throws Exception {
			CountDownLatch held = new CountDownLatch(1);
			CountDownLatch reached = new CountDownLatch(1);
			// Hold the run at its first progress line, so the second click surely finds it running.
			AutoCloseable hold = context.getBean(Progress.class).watch((line) -> {
				reached.countDown();
				await(held);
			});
			PeriodRuns.Start first = runs.start(OCTOBER, "a");
			assertThat(reached.await(5, TimeUnit.MINUTES)).isTrue();
			PeriodRuns.Start second = runs.start(OCTOBER, "b");
			hold.close();
			held.countDown();
			assertThat(first.started()).isTrue();
			assertThat(second.started()).isFalse();
			assertThat(second.run()).isSameAs(first.run());
			assertThat(first.run().done().get(5, TimeUnit.MINUTES).state()).isEqualTo(PeriodRun.State.COMPLETED);
		}

		@Test
		void aRunOnTheCommandLineKeepsThePageFromStarting() throws Exception {
			try (Database.RunLock commandLine = Workspace.lock(root.resolve("site/two-coverage.db"))) {
				PeriodRun run = runs.start(OCTOBER, "province").run();
				assertThat(run.state()).isEqualTo(PeriodRun.State.FAILED);
				assertThat(run.result()).contains("另一个作业正在使用这个数据库");
			}
			assertThat(runs.start(OCTOBER, "province").run().done().get(5, TimeUnit.MINUTES).state())
				.isEqualTo(PeriodRun.State.COMPLETED);
		}
	}

	@Nested
	class Failures {

		@Test
		void aPeriodWithNoInputIsRefusedWithTheReason() {
			PeriodRun run = runs.start(Period.parse("2026-11"), "province").run();
			assertThat(run.state()).isEqualTo(PeriodRun.State.FAILED);
			assertThat(run.result()).contains("没有这一期的输入");
		}

		@Test
		void aJobThatFailsIsShownFailedWithItsCause() throws Exception {
			AutoCloseable breaking = context.getBean(Progress.class).watch((line) -> {
				if (line.contains("报告已写入")) {
					throw new IllegalStateException("磁盘已满");
				}
			});
			PeriodRun run = runs.start(OCTOBER, "province").run().done().get(5, TimeUnit.MINUTES);
			breaking.close();
			assertThat(run.state()).isEqualTo(PeriodRun.State.FAILED);
			assertThat(run.result()).contains("运行失败").contains("磁盘已满");
			assertThat(runs.current()).containsSame(run);
		}
	}

	@Test
	void theDatabaseIsTheOneTheApplicationUses() {
		assertThat(Database.ofDataSource(Workspace.url(Path.of("/data/x.db")), "", "", Path.of("reports/x.db")).file())
			.isEqualTo(Path.of("/data/x.db"));
	}

	static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static void copy(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> list = Files.list(from)) {
			for (Path file : list.toList()) {
				Files.copy(file, to.resolve(file.getFileName().toString()));
			}
		}
	}
}
