package cn.gdftu.twocoverage.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gdftu.twocoverage.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The schema's migrations (SPEC §15): a database made by the release before migrations (its schema.sql
 * and Spring Batch's, with history, accounts, versions and job executions) opens with everything kept;
 * a database of a newer release is refused before anything changes; PostgreSQL gets the same tables.
 */
class MigrationsTests {

	@Test
	void aDatabaseOfThePreviousReleaseKeepsItsHistoryAccountsVersionsAndJobs(@TempDir Path root) throws Exception {
		Database database = Database.sqlite(root.resolve("two-coverage.db"));
		DataSource dataSource = database.dataSource();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			run(statement, resource("/store/release-63b0362-schema.sql"));
			run(statement, resource("/org/springframework/batch/core/schema-sqlite.sql"));
			run(statement, """
					INSERT INTO load VALUES (7, '2026-09', 'digest-9', 'published');
					INSERT INTO period_state VALUES ('2026-09', 7, 'digest-9');
					INSERT INTO coverage VALUES ('2026-09', 'province', '440000', '', '广东省', 0, 10, 9, 100, 90, 8, 4, 80, 40);
					INSERT INTO site_account (name, city_code, password_hash, created_at)
						VALUES ('guangzhou', '440100', '{bcrypt}x', '2026-09-01T00:00:00Z');
					INSERT INTO return_version (period, city_code, version, uploaded_by, uploaded_at, status)
						VALUES ('2026-10', '440100', 1, 'guangzhou', '2026-11-02T01:00:00Z', 'submitted');
					INSERT INTO upload_audit (account, at, remote_address, period, city_code, files, outcome, version)
						VALUES ('guangzhou', '2026-11-02T01:00:00Z', '10.0.0.1', '2026-10', '440100', '', 'stored', 1);
					INSERT INTO row_reject VALUES (7, '440100', '月报.xlsx[基层工会台账]', 3, 'c', 'v', 'BAD_VALUE', 'm');
					INSERT INTO row_reject VALUES (7, '440100', 'contracts.csv', 2, 'c', 'v', 'BAD_VALUE', 'm');
					INSERT INTO BATCH_JOB_INSTANCE VALUES (1, 0, 'monthlyJob', 'key-1');
					INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, STATUS)
						VALUES (7, 1, 1, '2026-10-01 00:00:00', 'COMPLETED');
					""");
		}

		Jdbi jdbi = Stores.jdbi(dataSource);

		assertThat(list(jdbi, "SELECT version || ' ' || type FROM flyway_schema_history "
				+ "WHERE version IS NOT NULL ORDER BY installed_rank", String.class)).first().isEqualTo("1 BASELINE");
		assertThat(jdbi.onDemand(LoadStore.class).publishedDigest(Period.parse("2026-09"))).hasValue("digest-9");
		assertThat(list(jdbi, "SELECT org_units_covered FROM coverage", Integer.class)).containsExactly(9);
		assertThat(list(jdbi, "SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = 7", String.class))
			.containsExactly("COMPLETED");
		assertThat(list(jdbi, "SELECT name FROM site_account", String.class)).containsExactly("guangzhou");
		assertThat(list(jdbi, "SELECT status FROM return_version", String.class)).containsExactly("submitted");
		assertThat(list(jdbi, "SELECT city_code || ' v' || version || ' ' || last_outcome || ' ' || last_refused "
				+ "FROM current_return", String.class))
			.as("migration 6 gives the desk its row per city").containsExactly("440100 v1 stored 0");
		jdbi.useHandle((h) -> h.execute("INSERT INTO upload_audit (account, at, remote_address, period, city_code, "
				+ "files, outcome) VALUES ('guangzhou', '2026-11-03T01:00:00Z', '10.0.0.1', '2026-10', '440100', '', 'rejected')"));
		assertThat(list(jdbi, "SELECT audit_id FROM upload_audit ORDER BY audit_id", Long.class)).containsExactly(1L, 2L);

		assertThat(list(jdbi, "SELECT kind FROM row_reject ORDER BY line DESC", String.class))
			.as("migration 3 gives the stored rejects their table").containsExactly("organizations.csv", "contracts.csv");

		// Opening it again changes nothing and keeps everything.
		Stores.jdbi(dataSource);
		assertThat(jdbi.onDemand(LoadStore.class).publishedDigest(Period.parse("2026-09"))).hasValue("digest-9");
	}

	@Test
	void aDatabaseOfANewerReleaseIsRefusedOnSqlite(@TempDir Path root) {
		Database database = Database.sqlite(root.resolve("two-coverage.db"));
		refusesNewer(database);
	}

	@Test
	void aDatabaseOfANewerReleaseIsRefusedOnPostgres() {
		refusesNewer(TestPostgres.freshDatabase("migrations_newer"));
	}

	@Test
	void postgresGetsTheTablesAndTheSameQueriesWork() {
		Database database = TestPostgres.freshDatabase("migrations_tables");
		Jdbi jdbi = Stores.jdbi(database.dataSource());
		LoadStore loads = jdbi.onDemand(LoadStore.class);
		long batchId = 3_000_000_000L; // Batch's ids are BIGINT
		loads.open(batchId, Period.parse("2026-10"), "digest");
		loads.open(batchId, Period.parse("2026-10"), "digest"); // a restart finds its load open
		jdbi.useTransaction((h) -> h.attach(LoadStore.class).publish(Period.parse("2026-10"), batchId, "digest"));
		assertThat(loads.publishedDigest(Period.parse("2026-10"))).hasValue("digest");
		assertThat(list(jdbi, "SELECT state FROM load WHERE load_id = " + batchId, String.class)).containsExactly("published");
		jdbi.useHandle((h) -> {
			h.execute("INSERT INTO desk_audit (account, at, remote_address, period, action) "
					+ "VALUES ('province', 'a', 'b', '2026-10', 'lock')");
			h.execute("INSERT INTO desk_audit (account, at, remote_address, period, action) "
					+ "VALUES ('province', 'c', 'd', '2026-10', 'unlock')");
		});
		assertThat(list(jdbi, "SELECT audit_id FROM desk_audit ORDER BY audit_id", Long.class)).containsExactly(1L, 2L);
	}

	private static void refusesNewer(Database database) {
		Jdbi jdbi = Stores.jdbi(database.dataSource());
		jdbi.useHandle((h) -> h.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, "
				+ "script, checksum, installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL', "
				+ "'V99__future.sql', 0, 'someone', 0, TRUE)"));
		assertThatThrownBy(() -> Stores.jdbi(database.dataSource()))
			.satisfies((ex) -> assertThat(database.explain(ex)).startsWith("数据库由更新版本的 two-coverage 升级过（结构版本 99")
				.doesNotContain("\n"));
	}

	private static <T> List<T> list(Jdbi jdbi, String sql, Class<T> type) {
		return jdbi.withHandle((h) -> h.select(sql).mapTo(type).list());
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = MigrationsTests.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static void run(Statement statement, String script) throws SQLException {
		for (String sql : script.split(";\\s*\\n")) {
			String body = sql.lines().filter((l) -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
			if (!body.isBlank()) {
				statement.execute(body);
			}
		}
	}
}
