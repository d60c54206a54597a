package cn.gdftu.twocoverage.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.logging.LogFactory;
import org.flywaydb.core.api.logging.LogLevel;

/**
 * The schema as versioned migrations (Flyway), applied before anything reads or writes, by every
 * command that opens the database. Portable migrations live in {@code db/migration/common}; those whose
 * SQL must differ, once per database in {@code db/migration/<vendor>} ({@code sqlite}, {@code postgresql}).
 * A database made by the release before migrations has our tables and Batch's but no history table:
 * it is recorded as version 1 (the baseline, which is exactly that release's schema) and keeps its rows.
 */
public final class Migrations {

	static {
		// The commands print their own progress; Flyway's "validated / up to date" lines would be noise
		// on every start (and `users` runs without Spring's logging settings). Warnings still show.
		LogFactory.setLogLevel(LogLevel.WARN);
	}

	private Migrations() {
	}

	public static void apply(DataSource dataSource) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor(dataSource))
			.baselineOnMigrate(true)
			.baselineVersion("1")
			.baselineDescription("baseline")
			.load()
			.migrate();
	}

	/** The folder of the database's own migrations, from the driver's product name. */
	static String vendor(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
			return product.contains("postgres") ? "postgresql" : "sqlite";
		}
		catch (SQLException ex) {
			throw new IllegalStateException("数据库无法连接: " + ex.getMessage(), ex);
		}
	}
}
