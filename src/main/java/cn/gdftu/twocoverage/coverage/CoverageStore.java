package cn.gdftu.twocoverage.coverage;

import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Definition;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import cn.gdftu.twocoverage.store.Stores;
import cn.gdftu.twocoverage.Period;

/** The coverage SQL: the figures of a load, the expiring contracts, and each period's stored figures. */
public interface CoverageStore extends SqlObject {

	/**
	 * PostgreSQL plans from table statistics, and a load just written has none until autovacuum gets to
	 * it: without them it chose nested loops for the figures that ran for minutes at 50,000 unions.
	 * Call before the figures of a new load. SQLite keeps the plans it was measured with.
	 */
	default void refreshStatistics() {
		if (Stores.isPostgres(getHandle())) {
			getHandle().execute("ANALYZE organization, contract, submission");
		}
	}

	/** Which unions count and which are covered, for cube.sql. */
	@Definition(key = CoveredUnit.ATTRIBUTE)
	String COVERED_UNIT = CoveredUnit.SQL;

	/** The contracts in force at D, for expiring.sql. */
	@Definition(key = CoveredUnit.IN_FORCE_ATTRIBUTE)
	String CONTRACT_IN_FORCE = CoveredUnit.IN_FORCE_SQL;

	/** One city's coverage cube (cube.sql); empty when the city is not submitted in the load. */
	@SqlQuery
	@UseClasspathSqlLocator
	@RegisterConstructorMapper(CubeCell.class)
	List<CubeCell> cube(@Bind("load") long load, @Bind("d") LocalDate referenceDate, @Bind("city") String city);

	@SqlQuery
	@UseClasspathSqlLocator
	@RegisterConstructorMapper(ExpiringContract.class)
	List<ExpiringContract> expiring(@Bind("load") long load, @Bind("d") LocalDate referenceDate,
			@Bind("until") LocalDate until);

	@SqlUpdate("DELETE FROM coverage WHERE period = :period")
	void forget(@Bind("period") Period period);

	@SqlBatch
	@UseClasspathSqlLocator
	void add(@Bind("period") Period period, @BindMethods("r") List<CoverageRow> rows,
			@BindMethods("f") List<Figures> figures, @Bind("ordinal") List<Integer> ordinals);

	/** Replaces a period's stored figures; call inside the publishing transaction. */
	default void replace(Period period, List<CoverageRow> rows) {
		forget(period);
		List<Integer> ordinals = java.util.stream.IntStream.range(0, rows.size()).boxed().toList();
		add(period, rows, rows.stream().map(CoverageRow::figures).toList(), ordinals);
	}

	@SqlQuery
	@UseClasspathSqlLocator
	@RegisterConstructorMapper(StoredRow.class)
	List<StoredRow> stored(@Bind("period") Period period);

	@SqlQuery("SELECT DISTINCT period FROM coverage WHERE period <= :period ORDER BY period DESC LIMIT :limit")
	List<Period> periodsUpTo(@Bind("period") Period period, @Bind("limit") int limit);

	/** A stored coverage row as read back for reports and history. */
	record StoredRow(String level, String code, String parentCode, String name, @Nested Figures figures) {

		public CoverageRow row() {
			return new CoverageRow(Level.fromCode(this.level), this.code, this.parentCode, this.name, this.figures);
		}
	}
}
