package cn.gdftu.twocoverage.store;

import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

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

	public static Jdbi jdbi(DataSource dataSource) {
		Jdbi jdbi = Jdbi.create(dataSource);
		jdbi.installPlugin(new SqlObjectPlugin());
		StoreArguments.register(jdbi);
		StoreColumns.register(jdbi);
		Migrations.apply(dataSource);
		return jdbi;
	}
}
