package cn.gdftu.twocoverage.store;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The one way a Jdbi is made for the job's database: SqlObjects, domain arguments, schema migrated. */
public final class Stores {

	private Stores() {
	}

	public static Jdbi jdbi(DataSource dataSource) {
		Jdbi jdbi = Jdbi.create(dataSource);
		jdbi.installPlugin(new SqlObjectPlugin());
		StoreArguments.register(jdbi);
		Migrations.apply(dataSource);
		return jdbi;
	}
}
