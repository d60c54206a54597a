package cn.gdftu.twocoverage.store;

import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The one way a Jdbi is made for the job's database: SqlObjects, domain values in and out, schema migrated. */
public final class Stores {

	private Stores() {
	}

	/** Whether the handle's database is PostgreSQL (for the few statements that must differ from SQLite's). */
	public static boolean isPostgres(Handle handle) {
		try {
			return handle.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
				.contains("postgres");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Whether a thread may read on a connection of its own beside a step's transaction: the pool holds
	 * a second one. With one (the tests' plain contexts), it would wait for the step's connection,
	 * which the step holds until that read is done.
	 */
	public static boolean hasSpareConnection(DataSource dataSource) {
		return dataSource instanceof HikariDataSource pool && pool.getMaximumPoolSize() >= 2;
	}

	public static Jdbi jdbi(DataSource dataSource) {
		Jdbi jdbi = Jdbi.create(dataSource);
		jdbi.installPlugin(new SqlObjectPlugin());
		StoreArguments.register(jdbi);
		StoreColumns.register(jdbi);
		Migrations.apply(dataSource);
		return jdbi;
	}
}
