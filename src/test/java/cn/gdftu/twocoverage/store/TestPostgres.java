package cn.gdftu.twocoverage.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.fail;

/**
 * The throwaway PostgreSQL server of the tests ({@code .ci/postgres.sh start} exports its URL, user and
 * password). Each test class takes a fresh database of its own. Without the variables the tests that
 * need it are skipped, saying so; in CI ({@code TWO_COVERAGE_TEST_PG_REQUIRED}) their absence fails.
 */
public final class TestPostgres {

	private static final String URL = System.getenv("TWO_COVERAGE_TEST_PG_URL");

	private static final String USER = System.getenv("TWO_COVERAGE_TEST_PG_USER");

	private static final String PASSWORD = System.getenv("TWO_COVERAGE_TEST_PG_PASSWORD");

	private static final AtomicInteger COUNT = new AtomicInteger();

	private TestPostgres() {
	}

	/** Skips the calling test (or fails it in CI) when no server was given. */
	public static void assumeAvailable() {
		if (URL != null && USER != null && PASSWORD != null) {
			return;
		}
		String why = "no PostgreSQL for the tests: run `eval \"$(.ci/postgres.sh start)\"` to set TWO_COVERAGE_TEST_PG_URL,"
				+ " _USER and _PASSWORD";
		if (System.getenv("TWO_COVERAGE_TEST_PG_REQUIRED") != null) {
			fail(why);
		}
		Assumptions.abort(why);
	}

	/** A new, empty database on the test server, owned by the test user. */
	public static Database freshDatabase(String purpose) {
		assumeAvailable();
		String name = (purpose + "_" + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet())
			.toLowerCase(Locale.ROOT);
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return Database.postgres(URL.substring(0, URL.lastIndexOf('/') + 1) + name, environment());
	}

	/** The environment a run of the program needs to log in as the test user. */
	public static Map<String, String> environment() {
		return Map.of(Database.USER_VARIABLE, USER, Database.PASSWORD_VARIABLE, PASSWORD);
	}

	public static String password() {
		return PASSWORD;
	}
}
