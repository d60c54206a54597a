package cn.gdftu.twocoverage.store;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@code --db} accepts (SPEC §15): a SQLite file or {@code jdbc:postgresql://HOST[:PORT]/DATABASE}. */
class DatabaseTests {

	static final Map<String, String> LOGIN = Map.of(Database.USER_VARIABLE, "tc", Database.PASSWORD_VARIABLE, "s3cret-pw");

	@Test
	void withoutAValueItIsTheDefaultFile() {
		Database database = Database.parse(null, Path.of("reports/two-coverage.db"), Map.of());
		assertThat(database.isPostgres()).isFalse();
		assertThat(database.file()).isEqualTo(Path.of("reports/two-coverage.db"));
		assertThat(database.jdbcUrl()).startsWith("jdbc:sqlite:/").contains("journal_mode=WAL");
	}

	@Test
	void aPathIsASqliteFile() {
		assertThat(Database.parse("data/x.db", Path.of("d.db"), Map.of()).file()).isEqualTo(Path.of("data/x.db"));
	}

	@Test
	void aPostgresUrlTakesItsLoginFromTheEnvironment() {
		Database database = Database.parse("jdbc:postgresql://db.example:5433/two_coverage", Path.of("d.db"), LOGIN);
		assertThat(database.isPostgres()).isTrue();
		assertThat(database.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5433/two_coverage");
		assertThat(database.springProperties(true)).containsEntry("spring.datasource.username", "tc")
			.containsEntry("spring.datasource.driver-class-name", "org.postgresql.Driver")
			.containsEntry("spring.datasource.hikari.maximum-pool-size", 8);
		assertThat(Database.parse("jdbc:postgresql://10.0.0.5/tc", Path.of("d.db"), LOGIN).toString())
			.isEqualTo("jdbc:postgresql://10.0.0.5/tc");
	}

	@Test
	void otherUrlsAreUsageErrorsThatNeverEchoAPassword() {
		assertThatThrownBy(() -> Database.parse("jdbc:mysql://h/db", Path.of("d.db"), LOGIN))
			.isInstanceOf(Database.BadDatabaseException.class).hasMessageContaining("jdbc:postgresql://主机[:端口]/数据库")
			.hasMessageEndingWith("jdbc:mysql:");
		assertThatThrownBy(() -> Database.parse("mysql://root:hunter22@h/db", Path.of("d.db"), LOGIN))
			.isInstanceOf(Database.BadDatabaseException.class).message().endsWith("mysql:").doesNotContain("hunter22");
		assertThatThrownBy(() -> Database.parse("jdbc:postgresql:two_coverage", Path.of("d.db"), LOGIN))
			.isInstanceOf(Database.BadDatabaseException.class);
		assertThatThrownBy(() -> Database.parse("jdbc:postgresql://h/db?password=hunter22", Path.of("d.db"), LOGIN))
			.isInstanceOf(Database.BadDatabaseException.class).message().doesNotContain("hunter22");
		assertThatThrownBy(() -> Database.parse("jdbc:postgresql://u:hunter22@h/db", Path.of("d.db"), LOGIN))
			.isInstanceOf(Database.BadDatabaseException.class).message().doesNotContain("hunter22");
		assertThatThrownBy(() -> Database.parse("postgres://h/db", Path.of("d.db"), LOGIN))
			.isInstanceOf(Database.BadDatabaseException.class);
	}

	@Test
	void postgresNeedsTheUserInTheEnvironment() {
		assertThatThrownBy(() -> Database.parse("jdbc:postgresql://h/db", Path.of("d.db"), Map.of()))
			.isInstanceOf(Database.BadDatabaseException.class).hasMessageContaining(Database.USER_VARIABLE);
	}

	@Test
	void thePasswordIsCutFromAnyMessage() {
		Database database = Database.parse("jdbc:postgresql://h/db", Path.of("d.db"), LOGIN);
		assertThat(database.explain(new IllegalStateException("login s3cret-pw failed"))).doesNotContain("s3cret-pw")
			.contains("******");
	}
}
