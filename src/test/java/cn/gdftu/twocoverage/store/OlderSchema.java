package cn.gdftu.twocoverage.store;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * A database as an earlier release left it: the migrations up to {@code version} only, and a Jdbi that
 * reads and writes it as {@link Stores#jdbi} does but migrates nothing, so a test can fill it through the
 * stores' own SQL before {@link Stores#jdbi} brings it up to this release.
 */
public final class OlderSchema {

	private OlderSchema() {
	}

	public static Jdbi at(DataSource dataSource, String version) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + Migrations.vendor(dataSource))
			.target(version)
			.load()
			.migrate();
		Jdbi jdbi = Jdbi.create(dataSource);
		jdbi.installPlugin(new SqlObjectPlugin());
		StoreArguments.register(jdbi);
		StoreColumns.register(jdbi);
		return jdbi;
	}
}
