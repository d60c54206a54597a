package cn.gdftu.twocoverage.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.sqlite.SQLiteDataSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import cn.gdftu.twocoverage.store.Database;
import cn.gdftu.twocoverage.store.Stores;

/**
 * {@code backup --to FILE [--db FILE]} (SPEC §15): a consistent copy of a SQLite database while the
 * site and uploads go on. SQLite's {@code VACUUM INTO} reads one snapshot (WAL lets writers continue)
 * and writes a compact copy; the copy must pass {@code PRAGMA integrity_check} before it takes its
 * name, so a half-written or damaged copy never looks like a backup. PostgreSQL: {@code pg_dump}.
 */
@Command(name = "backup", mixinStandardHelpOptions = true, sortOptions = false,
		description = "备份 SQLite 数据库（网站和上传可继续）；PostgreSQL 请用 pg_dump（见 README）。")
public class BackupCommand implements Callable<Integer> {

	static final int BAD_ARGUMENTS = 2;

	static final int UNUSABLE = 3;

	@Option(names = "--to", paramLabel = "FILE", required = true, description = "备份文件（不能已存在）")
	Path to;

	@Option(names = "--db", paramLabel = "FILE|URL", description = "数据库（默认 reports/two-coverage.db）")
	String db;

	@Override
	public Integer call() {
		Database database = Database.parse(this.db, Path.of("reports/two-coverage.db"), System.getenv());
		if (database.isPostgres()) {
			System.err.println("two-coverage: PostgreSQL 数据库请用 pg_dump 备份（见 README“备份与恢复”）");
			return BAD_ARGUMENTS;
		}
		if (!Files.isRegularFile(database.file())) {
			System.err.println("two-coverage: 没有这个数据库文件: " + database.file());
			return UNUSABLE;
		}
		if (Files.exists(this.to)) {
			System.err.println("two-coverage: 备份文件已存在，请换一个名字: " + this.to);
			return BAD_ARGUMENTS;
		}
		try {
			Stores.jdbi(database.dataSource()); // the schema this release reads, like every command
			copy(database, this.to);
		}
		catch (IOException | SQLException | RuntimeException ex) {
			System.err.println("two-coverage: " + (Database.isDatabaseFailure(ex) ? database.explain(ex)
					: "备份失败: " + ex.getMessage()));
			return UNUSABLE;
		}
		System.out.println("已备份到 " + this.to);
		return 0;
	}

	/** Writes the copy beside its target, checks it, then gives it its name. */
	static void copy(Database database, Path to) throws IOException, SQLException {
		Path target = to.toAbsolutePath().normalize();
		Files.createDirectories(target.getParent());
		Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
		Files.deleteIfExists(partial);
		try {
			try (Connection connection = database.dataSource().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("VACUUM INTO '" + partial.toString().replace("'", "''") + "'");
			}
			String check = integrity(partial);
			if (!"ok".equals(check)) {
				throw new IOException("备份副本未通过完整性检查: " + check);
			}
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/** {@code PRAGMA integrity_check} of a SQLite file: "ok", or what is wrong. */
	static String integrity(Path file) throws SQLException {
		SQLiteDataSource dataSource = new SQLiteDataSource();
		dataSource.setUrl("jdbc:sqlite:" + file);
		dataSource.setReadOnly(true);
		DataSource source = dataSource;
		try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
			result.next();
			return result.getString(1);
		}
	}
}
