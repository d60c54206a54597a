package cn.gdftu.twocoverage.store;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gdftu.twocoverage.coverage.CoveredUnit;
import cn.gdftu.twocoverage.notices.NoticeStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every statement kept in a store's {@code .sql} file (docs/architecture.md, "Where the SQL lives")
 * belongs to a method that loads it, and compiles on both databases against the migrated schema:
 * SQLite prepares it, PostgreSQL analyses it ({@code PREPARE}), so a file with SQL only one of them takes
 * fails here even when no test runs that statement on PostgreSQL. Nothing is executed.
 */
class StoreSqlTests {

	/** The main resources' package folder (the test classes' folder of the same name comes first on the classpath). */
	private static final Path ROOT = mainResource("coverage/covered-unit.sql").getParent().getParent();

	/** What the stores define for the template attributes their files use; tables and columns as examples. */
	private static final Map<String, String> ATTRIBUTES = Map.of("covered_unit", CoveredUnit.SQL,
			"contract_in_force", CoveredUnit.IN_FORCE_SQL, "notice_as_read", NoticeStore.NOTICE_AS_READ,
			"table", "organization", "columns", "city_code, line", "cities", ":city");

	/** Named parameters bound as numbers (the rest are text: codes, periods, ISO dates and instants). */
	private static final Pattern NUMBER = Pattern.compile(
			"(?i).*(load|^to|^id|notice|version|limit|max|factor|members|warnings|ordinal|line|size|rows|accepted"
					+ "|lines|denom|covered)$");

	private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([A-Za-z_][\\w.]*)");

	@Test
	void everyStatementFileBelongsToAStoreMethodThatLoadsIt() throws Exception {
		// The locator may sit on the method or on the whole store (site.CurrentReturnStore).
		List<Path> files = statementFiles();
		assertThat(files).hasSizeGreaterThan(40);
		for (Path file : files) {
			String store = ROOT.relativize(file.getParent()).toString().replace('/', '.');
			String method = file.getFileName().toString().replaceFirst("\\.sql$", "");
			Class<?> type = Class.forName("cn.gdftu.twocoverage." + store);
			assertThat(Arrays.stream(type.getDeclaredMethods())
				.filter((m) -> m.getName().equals(method) && (m.isAnnotationPresent(UseClasspathSqlLocator.class)
						|| type.isAnnotationPresent(UseClasspathSqlLocator.class)))
				.map(Method::getName)).as(ROOT.relativize(file).toString()).containsExactly(method);
		}
	}

	@Test
	void everyStatementFileCompilesOnSqlite(@TempDir Path folder) throws Exception {
		DataSource dataSource = Database.sqlite(folder.resolve("sql.db")).dataSource();
		Stores.jdbi(dataSource);
		List<String> failures = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			for (Path file : statementFiles()) {
				try (PreparedStatement statement = connection.prepareStatement(positional(file, (n) -> "?"))) {
					assertThat(statement).isNotNull();
				}
				catch (SQLException ex) {
					failures.add(ROOT.relativize(file) + ": " + ex.getMessage());
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void everyStatementFileCompilesOnPostgres() throws Exception {
		DataSource dataSource = TestPostgres.freshDatabase("store_sql").dataSource();
		Stores.jdbi(dataSource);
		List<String> failures = new ArrayList<>();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			for (Path file : statementFiles()) {
				List<String> types = new ArrayList<>();
				String sql = positional(file, (name) -> {
					types.add(NUMBER.matcher(name).matches() ? "bigint" : "text");
					return "$" + types.size();
				});
				try {
					statement.execute("PREPARE checked (" + String.join(", ", types) + ") AS " + sql);
					statement.execute("DEALLOCATE checked");
				}
				catch (SQLException ex) {
					failures.add(ROOT.relativize(file) + ": " + ex.getMessage());
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	/** The file as its store's statement reads it: comments dropped, attributes filled, parameters numbered. */
	private static String positional(Path file, java.util.function.Function<String, String> placeholder) {
		String sql = ClasspathSqlLocator.removingComments()
			.getResource(StoreSqlTests.class.getClassLoader(), "cn/gdftu/twocoverage/" + ROOT.relativize(file));
		Matcher attribute = Pattern.compile("<(\\w+)>").matcher(sql);
		StringBuilder filled = new StringBuilder();
		while (attribute.find()) {
			String value = ATTRIBUTES.get(attribute.group(1));
			assertThat(value).as("attribute <%s> of %s", attribute.group(1), file.getFileName()).isNotNull();
			attribute.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		attribute.appendTail(filled);
		// Pieces are filled in first: their own parameters (:account, :d) are numbered like the rest.
		Matcher parameter = PARAMETER.matcher(filled);
		StringBuilder numbered = new StringBuilder();
		while (parameter.find()) {
			parameter.appendReplacement(numbered, Matcher.quoteReplacement(placeholder.apply(parameter.group(1))));
		}
		parameter.appendTail(numbered);
		return numbered.toString();
	}

	/** The statement files: {@code <package>/<Store>/<method>.sql}, not the shared pieces beside them. */
	private static List<Path> statementFiles() throws IOException {
		try (Stream<Path> paths = Files.walk(ROOT)) {
			return paths.filter((p) -> p.toString().endsWith(".sql"))
				.filter((p) -> Character.isUpperCase(p.getParent().getFileName().toString().charAt(0)))
				.sorted()
				.toList();
		}
	}

	private static Path mainResource(String name) {
		try {
			return Path.of(CoveredUnit.class.getResource("/cn/gdftu/twocoverage/" + name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
