package cn.gdftu.twocoverage.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import cn.gdftu.twocoverage.store.Database;
import cn.gdftu.twocoverage.store.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly job on PostgreSQL (SPEC §15), run as a user runs it: a child JVM with the user and
 * password in its environment. The same input gives the same files as on SQLite, byte for byte; a run
 * killed with SIGKILL and run again gives them too; a second run on the same database is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresJobTests {

	private Path input;

	private Map<String, byte[]> onSqlite;

	/** The messy tree's shared run on SQLite: the files every run on PostgreSQL must give. */
	@BeforeAll
	void sqliteRun(@TempDir Path root) throws Exception {
		TestPostgres.assumeAvailable();
		SharedRuns.Run messy = SharedRuns.messy();
		assertThat(messy.outcome().exit()).as(messy.outcome().stderr()).isZero();
		this.input = messy.copy(root).input();
		this.onSqlite = JobRunner.snapshot(messy.reports());
		// SQLite's run lock is a file beside the database; PostgreSQL's is an advisory lock.
		this.onSqlite.remove("two-coverage.db.lock");
	}

	@Test
	void killedAndRunAgainGivesTheFilesOfSqlite(@TempDir Path root) throws Exception {
		Database database = TestPostgres.freshDatabase("job_kill");
		Path reports = root.resolve("reports");
		List<String> first = new ArrayList<>();
		Process killed = start(database, reports);
		boolean reached = drain(killed, first, (line) -> line.contains("[2026-10] 44"));
		killed.destroyForcibly();
		killed.waitFor(30, TimeUnit.SECONDS);
		assertThat(reached).as(String.join("\n", first)).isTrue();

		List<String> rerun = new ArrayList<>();
		Process again = start(database, reports);
		drain(again, rerun, (line) -> false);
		assertThat(again.waitFor(300, TimeUnit.SECONDS)).isTrue();
		assertThat(again.exitValue()).as(String.join("\n", rerun)).isZero();
		assertThat(rerun).anyMatch((line) -> line.startsWith("[2026-10]") && line.contains("从中断处继续"));
		assertThat(JobRunner.snapshot(reports)).isEqualTo(this.onSqlite);
	}

	@Test
	void aSecondRunOnTheSameDatabaseIsRefused(@TempDir Path root) throws Exception {
		Database database = TestPostgres.freshDatabase("job_lock");
		try (Database.RunLock held = database.tryLock()) {
			assertThat(held).isNotNull();
			assertThat(database.tryLock()).as("the lock is the database's, not the connection's").isNull();
			List<String> lines = new ArrayList<>();
			Process second = start(database, root.resolve("reports"));
			drain(second, lines, (line) -> false);
			assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
			assertThat(second.exitValue()).isEqualTo(3);
			assertThat(lines).singleElement().asString().contains("另一个作业正在使用这个数据库");
		}
		try (Database.RunLock again = database.tryLock()) {
			assertThat(again).as("released when the holder closed it").isNotNull();
		}
	}

	@Test
	void aWrongPasswordIsOneLineWithoutThePassword(@TempDir Path root) throws Exception {
		Database database = TestPostgres.freshDatabase("job_password");
		String wrong = "not-" + TestPostgres.password();
		List<String> lines = new ArrayList<>();
		Process process = start(database.jdbcUrl(), Map.of(Database.USER_VARIABLE, "two_coverage",
				Database.PASSWORD_VARIABLE, wrong), root.resolve("reports"));
		drain(process, lines, (line) -> false);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isEqualTo(3);
		assertThat(lines).singleElement().asString().contains("PostgreSQL 拒绝登录").doesNotContain(wrong);
	}

	@Test
	void anUnreachableServerIsOneLine(@TempDir Path root) throws Exception {
		TestPostgres.assumeAvailable();
		List<String> lines = new ArrayList<>();
		Process process = start("jdbc:postgresql://127.0.0.1:1/nothing", TestPostgres.environment(),
				root.resolve("reports"));
		drain(process, lines, (line) -> false);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isEqualTo(3);
		assertThat(lines).singleElement().asString().contains("无法连接数据库服务器");
	}

	private Process start(Database database, Path reports) throws IOException {
		return start(database.jdbcUrl(), TestPostgres.environment(), reports);
	}

	private Process start(String url, Map<String, String> environment, Path reports) throws IOException {
		return new ChildJob(List.of("-Xmx512m"), "--input", this.input.toString(), "--reports", reports.toString(),
				"--db", url)
			.environment(environment)
			.start();
	}

	/** Reads the child's output into {@code lines} until the trigger line (true) or the end (false). */
	private static boolean drain(Process process, List<String> lines, Predicate<String> trigger) throws IOException {
		lines.addAll(ChildJob.drain(process, trigger));
		return !lines.isEmpty() && trigger.test(lines.get(lines.size() - 1));
	}
}
