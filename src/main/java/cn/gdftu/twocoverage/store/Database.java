package cn.gdftu.twocoverage.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

import cn.gdftu.twocoverage.Failures;

/**
 * The database of `--db` (SPEC §15): a SQLite file (the default) or a PostgreSQL server named by
 * {@code jdbc:postgresql://HOST[:PORT]/DATABASE}, whose user and password come from the environment
 * ({@value #USER_VARIABLE}, {@value #PASSWORD_VARIABLE}), never from the command line. It knows its
 * JDBC URL and connection settings, and holds its run lock: one run at a time per database.
 */
public final class Database {

	public static final String USER_VARIABLE = "TWO_COVERAGE_DB_USER";

	public static final String PASSWORD_VARIABLE = "TWO_COVERAGE_DB_PASSWORD";

	private static final String POSTGRES_PREFIX = "jdbc:postgresql:";

	/** HOST[:PORT]/DATABASE; a host name, an IPv4 address or a bracketed IPv6 one. */
	private static final Pattern POSTGRES = Pattern
		.compile("jdbc:postgresql://([A-Za-z0-9._-]+|\\[[0-9A-Fa-f:.]+\\])(?::(\\d{1,5}))?/([A-Za-z0-9_$-]{1,63})");

	/** The session advisory lock a run holds on PostgreSQL (any constant; locks are per database). */
	static final long RUN_LOCK_KEY = 0x74776f2d636f76L;

	/** SQLite: WAL lets the site's readers go on beside the one writer; waits instead of failing busy. */
	private static final String SQLITE_OPTIONS = "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=30000"
			+ "&cache_size=-65536&temp_store=MEMORY";

	/** Connections the site's requests share with a run inside it; the job alone needs one. */
	static final int SITE_POOL = 8;

	private final Path file;

	private final String url;

	private final String user;

	private final String password;

	private Database(Path file, String url, String user, String password) {
		this.file = file;
		this.url = url;
		this.user = user;
		this.password = password;
	}

	public static Database sqlite(Path file) {
		return new Database(file, null, null, null);
	}

	/** A PostgreSQL database with the user and password of the environment. */
	public static Database postgres(String url, Map<String, String> environment) {
		String user = environment.get(USER_VARIABLE);
		if (user == null || user.isBlank()) {
			throw new BadDatabaseException("使用 PostgreSQL 时请在环境变量 " + USER_VARIABLE + " 和 " + PASSWORD_VARIABLE
					+ " 中给出用户名和密码（不要写在命令行上）");
		}
		return new Database(null, url, user, environment.getOrDefault(PASSWORD_VARIABLE, ""));
	}

	/**
	 * The database of a running application's DataSource settings (the site's run uses the database
	 * the site does): a {@code jdbc:sqlite:FILE?options} URL as {@link #jdbcUrl()} writes it, or a
	 * PostgreSQL one with its user and password; without a URL, {@code defaultFile}.
	 */
	public static Database ofDataSource(String url, String user, String password, Path defaultFile) {
		if (url.startsWith(POSTGRES_PREFIX)) {
			return new Database(null, url, user, (password == null) ? "" : password);
		}
		String prefix = "jdbc:sqlite:";
		if (!url.startsWith(prefix)) {
			return sqlite(defaultFile);
		}
		int options = url.indexOf('?');
		return sqlite(Path.of(url.substring(prefix.length(), (options < 0) ? url.length() : options)));
	}

	/**
	 * The database a {@code --db} value names: {@code null} means the default file; a
	 * {@code jdbc:postgresql:} URL of the one accepted form; anything else that looks like a URL is refused
	 * (it used to become a SQLite file named after it); the rest is a SQLite file.
	 */
	public static Database parse(String value, Path defaultFile, Map<String, String> environment) {
		if (value == null) {
			return sqlite(defaultFile);
		}
		if (value.startsWith(POSTGRES_PREFIX)) {
			if (!POSTGRES.matcher(value).matches()) {
				// The value is not echoed: a URL written with a password in it must not be printed.
				throw new BadDatabaseException("--db 的 PostgreSQL 地址应为 jdbc:postgresql://主机[:端口]/数据库，"
						+ "用户名和密码放在环境变量 " + USER_VARIABLE + "、" + PASSWORD_VARIABLE + " 中");
			}
			return postgres(value, environment);
		}
		if (value.startsWith("jdbc:") || value.contains("://")) {
			// Only the scheme is echoed (jdbc:mysql:): the rest may hold a password.
			int end = value.startsWith("jdbc:") ? value.indexOf(':', 5) : value.indexOf(':');
			String scheme = value.substring(0, Math.min((end < 0) ? value.length() : end + 1, 20));
			throw new BadDatabaseException("--db 只接受 SQLite 数据库文件或 jdbc:postgresql://主机[:端口]/数据库，"
					+ "不支持这种地址: " + scheme);
		}
		if (value.isBlank()) {
			throw new BadDatabaseException("--db 不能为空");
		}
		return sqlite(Path.of(value));
	}

	public boolean isPostgres() {
		return this.url != null;
	}

	/** The SQLite file; null on PostgreSQL. */
	public Path file() {
		return this.file;
	}

	/** The JDBC URL with this program's connection settings; it never holds the password. */
	public String jdbcUrl() {
		return isPostgres() ? this.url : "jdbc:sqlite:" + this.file.toAbsolutePath().normalize() + SQLITE_OPTIONS;
	}

	/**
	 * The Spring properties of the application's DataSource. {@code site}: requests run beside a run,
	 * each on its own connection. On SQLite the job alone keeps one connection (application.properties);
	 * with several, every transaction begins IMMEDIATE so writers queue for SQLite's one write lock
	 * instead of failing busy, while readers in WAL mode never wait.
	 */
	public Map<String, Object> springProperties(boolean site) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.driver-class-name", "org.sqlite.JDBC");
		properties.put("spring.datasource.hikari.maximum-pool-size", 1);
		if (isPostgres()) {
			properties.put("spring.datasource.url", this.url);
			properties.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
			properties.put("spring.datasource.username", this.user);
			properties.put("spring.datasource.password", this.password);
			properties.put("spring.datasource.hikari.maximum-pool-size", site ? SITE_POOL : 2);
			// One statement per batch of rows instead of one round trip per row (the job writes every row).
			properties.put("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true");
		}
		else if (site) {
			properties.put("spring.datasource.url", jdbcUrl() + "&transaction_mode=IMMEDIATE");
			properties.put("spring.datasource.hikari.maximum-pool-size", SITE_POOL);
		}
		else {
			properties.put("spring.datasource.url", jdbcUrl());
			// The writer's connection and two more: the coverage cubes are computed beside the ingest,
			// the report reads on two, and the WAL is checkpointed beside the report (WalCheckpoint).
			properties.put("spring.datasource.hikari.maximum-pool-size", 3);
			// The job's connections never checkpoint during the run: with SQLite's default (every
			// 1,000 pages) a million rows' index pages were copied into the file again and again, a third
			// of the ingest. The WAL is as safe; SQLite checkpoints it once when the job closes its last
			// connection (or at the next open after a crash). Not for the site: its pool stays open.
			properties.put("spring.datasource.hikari.connection-init-sql", "PRAGMA wal_autocheckpoint=0");
		}
		return properties;
	}

	/**
	 * {@link #springProperties} as command-line arguments of the Spring application: they must win over
	 * application.properties (the SQLite driver and the job's one connection), which default properties
	 * would not. They stay inside this process.
	 */
	public String[] springArguments(boolean site) {
		return springProperties(site).entrySet().stream().map((e) -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
	}

	/** A DataSource without a pool, for the commands that need a few statements (users, backup). */
	public DataSource dataSource() {
		if (isPostgres()) {
			PGSimpleDataSource dataSource = new PGSimpleDataSource();
			dataSource.setURL(this.url);
			dataSource.setUser(this.user);
			dataSource.setPassword(this.password);
			dataSource.setReWriteBatchedInserts(true);
			return dataSource;
		}
		SQLiteDataSource dataSource = new SQLiteDataSource();
		dataSource.setUrl(jdbcUrl() + "&transaction_mode=IMMEDIATE");
		return dataSource;
	}

	/**
	 * Why the database cannot be used from here, or null: it must not lie in the input folder, and a
	 * SQLite file's folder must exist (it is created) and the file be writable.
	 */
	public String prepare(Path input) {
		if (isPostgres()) {
			return null;
		}
		if (this.file.toAbsolutePath().normalize().startsWith(input.toAbsolutePath().normalize())) {
			return "报告和数据库不能写在输入文件夹内: " + input;
		}
		try {
			Files.createDirectories(this.file.toAbsolutePath().getParent());
		}
		catch (IOException | SecurityException ex) {
			return "数据库所在文件夹无法创建: " + this.file + "（" + ex.getMessage() + "）";
		}
		if (Files.exists(this.file) && !Files.isWritable(this.file)) {
			return "数据库文件不可写: " + this.file;
		}
		return null;
	}

	/**
	 * Takes this database for one run: the SQLite file's lock file, or on PostgreSQL a session advisory
	 * lock on a connection of its own (a pooled connection would go back to the pool still holding it).
	 * Returns null when another run holds it; throws {@link UnusableDatabaseException} when it cannot ask.
	 */
	public RunLock tryLock() {
		return isPostgres() ? tryAdvisoryLock() : tryFileLock();
	}

	private RunLock tryFileLock() {
		Path lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
		try {
			FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null;
			}
			if (lock == null) {
				channel.close();
				return null;
			}
			return channel::close;
		}
		catch (IOException ex) {
			throw new UnusableDatabaseException("数据库锁文件无法使用: " + lockFile + "（" + ex.getMessage() + "）");
		}
	}

	private RunLock tryAdvisoryLock() {
		Connection connection = null;
		try {
			connection = DriverManager.getConnection(this.url, this.user, this.password);
			try (Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("SELECT pg_try_advisory_lock(" + RUN_LOCK_KEY + ")")) {
				result.next();
				if (!result.getBoolean(1)) {
					connection.close();
					return null;
				}
			}
			Connection held = connection;
			return () -> {
				try {
					held.close(); // ends the session, and with it the lock
				}
				catch (SQLException ex) {
					// The server drops the session's locks when it notices the connection is gone.
				}
			};
		}
		catch (SQLException ex) {
			closeQuietly(connection);
			throw new UnusableDatabaseException(explain(ex));
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// Nothing was held yet.
			}
		}
	}

	/**
	 * One Chinese line saying why the database cannot be used: the server's refusal, an unreachable server,
	 * a database of a newer release, a failed migration. The password is cut out of whatever is quoted.
	 */
	public String explain(Throwable failure) {
		NewerDatabaseException newer = find(failure, NewerDatabaseException.class);
		if (newer != null) {
			return newer.getMessage() + ": " + this;
		}
		UnusableDatabaseException unusable = find(failure, UnusableDatabaseException.class);
		if (unusable != null) {
			return redact(unusable.getMessage());
		}
		SQLException sql = find(failure, SQLException.class);
		String state = (sql != null && sql.getSQLState() != null) ? sql.getSQLState() : "";
		String line;
		if (state.startsWith("28")) {
			line = "PostgreSQL 拒绝登录（用户名或密码不对，见环境变量 " + USER_VARIABLE + "、" + PASSWORD_VARIABLE + "）: " + this;
		}
		else if (state.startsWith("08")) {
			line = "无法连接数据库服务器（服务器是否已启动，主机和端口是否正确）: " + this;
		}
		else if (state.equals("3D000")) {
			line = "服务器上没有这个数据库（请先创建，见 README）: " + this;
		}
		else if (find(failure, org.flywaydb.core.api.FlywayException.class) != null) {
			line = "数据库结构升级失败，未做任何更改（" + oneLine(Failures.rootMessage(failure)) + "）: " + this;
		}
		else {
			line = "数据库无法使用: " + this + "（" + oneLine(Failures.rootMessage(failure)) + "）";
		}
		return redact(line);
	}

	/** Whether a failure came from the database (its driver, its migrations), not from a bug or the settings. */
	public static boolean isDatabaseFailure(Throwable failure) {
		return find(failure, SQLException.class) != null
				|| find(failure, org.flywaydb.core.api.FlywayException.class) != null
				|| find(failure, NewerDatabaseException.class) != null
				|| find(failure, UnusableDatabaseException.class) != null;
	}

	/** The password, should a driver ever quote it, never reaches output. */
	public String redact(String text) {
		if (this.password == null || this.password.isEmpty()) {
			return text;
		}
		return text.replace(this.password, "******");
	}

	private static String oneLine(String text) {
		if (text == null) {
			return "";
		}
		String line = text.strip().replaceAll("\\s*\\R\\s*", "；");
		return (line.length() > 300) ? line.substring(0, 300) + "…" : line;
	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

	/** The host, port and database as the user wrote them, or the file; never a password. */
	@Override
	public String toString() {
		if (!isPostgres()) {
			return this.file.toString();
		}
		Matcher matcher = POSTGRES.matcher(this.url);
		return matcher.matches() ? this.url : "jdbc:postgresql:…";
	}

	/** This database held for one run; closing releases it. */
	public interface RunLock extends AutoCloseable {

		@Override
		void close() throws IOException;
	}

	/** A {@code --db} value that is neither a SQLite file nor a PostgreSQL URL (a usage error). */
	public static final class BadDatabaseException extends IllegalArgumentException {

		BadDatabaseException(String message) {
			super(message);
		}
	}

	/** The database cannot be used (exit 3): one line, already in Chinese. */
	public static final class UnusableDatabaseException extends RuntimeException {

		public UnusableDatabaseException(String message) {
			super(message);
		}
	}

	/** The database holds migrations this release does not know: it was made by a newer release. */
	static final class NewerDatabaseException extends RuntimeException {

		NewerDatabaseException(String message) {
			super(message);
		}
	}
}
