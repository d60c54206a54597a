package cn.gdftu.twocoverage.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The WAL copied into the database file while the job's connections stay open. */
class WalCheckpointTests {

	@TempDir
	Path folder;

	@Test
	void committedRowsReachTheFileBeforeAnyConnectionCloses() throws Exception {
		assertThat(rowsInFileAlone(true)).isEqualTo(1000);
	}

	/** Without it the rows are only in the WAL until the last connection closes. */
	@Test
	void offTheFileWaitsForTheClose() throws Exception {
		assertThat(rowsInFileAlone(false)).isZero();
	}

	/** Writes 1,000 rows as the job's connection does, checkpoints or not, and copies the file alone. */
	private long rowsInFileAlone(boolean on) throws Exception {
		Path database = this.folder.resolve("two-coverage.db");
		Path copy = this.folder.resolve("copy.db");
		try (HikariDataSource pool = pool(database)) {
			try (Connection writer = pool.getConnection(); Statement statement = writer.createStatement()) {
				statement.execute("CREATE TABLE organization (employer_id TEXT)");
				writer.setAutoCommit(false);
				for (int i = 0; i < 1000; i++) {
					statement.execute("INSERT INTO organization VALUES ('9144" + i + "')");
				}
				writer.commit();
				WalCheckpoint checkpoint = new WalCheckpoint(pool, on);
				checkpoint.start();
				checkpoint.await();
				// The writer is still open: nothing has closed the database yet.
				Files.copy(database, copy);
			}
		}
		return count(copy);
	}

	private static HikariDataSource pool(Path database) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl("jdbc:sqlite:" + database + "?journal_mode=WAL&synchronous=NORMAL");
		config.setConnectionInitSql("PRAGMA wal_autocheckpoint=0");
		config.setMaximumPoolSize(3);
		return new HikariDataSource(config);
	}

	private static long count(Path copy) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + copy);
				Statement statement = connection.createStatement()) {
			try (ResultSet tables = statement.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'organization'")) {
				tables.next();
				if (tables.getLong(1) == 0) {
					return 0;
				}
			}
			try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM organization")) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}
}
