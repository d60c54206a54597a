package cn.gdftu.twocoverage.store;

import java.util.Optional;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import cn.gdftu.twocoverage.Period;

/**
 * Loads and their publication. A period's data is written under a fresh load; publishing swaps the
 * period's pointer to it and drops the load it replaces, in one transaction.
 */
public interface LoadStore {

	/** Opens a load for a run; a restarted run finds its load already open. */
	@SqlUpdate
	@UseClasspathSqlLocator
	void open(@Bind("load") long load, @Bind("period") Period period, @Bind("digest") String digest);

	@SqlQuery("SELECT input_digest FROM period_state WHERE period = :period")
	Optional<String> publishedDigest(@Bind("period") Period period);

	@SqlUpdate
	@UseClasspathSqlLocator
	void point(@Bind("period") Period period, @Bind("load") long load, @Bind("digest") String digest);

	@SqlUpdate("DELETE FROM load WHERE period = :period AND load_id <> :load")
	void deleteOtherLoadRecords(@Bind("period") Period period, @Bind("load") long load);

	@SqlUpdate("UPDATE load SET state = 'published' WHERE load_id = :load")
	void markPublished(@Bind("load") long load);

	/** Every load of the period but the published one: superseded, or left half-loaded by a crash. */
	@SqlUpdate
	@UseClasspathSqlLocator
	void deleteOtherLoads(@Define("table") String table, @Bind("period") Period period,
			@Bind("load") long load);

	/** Call inside the publishing step's transaction, together with the period's coverage rows. */
	default void publish(Period period, long load, String digest) {
		point(period, load, digest);
		markPublished(load);
		for (String table : LOAD_TABLES) {
			deleteOtherLoads(table, period, load);
		}
		deleteOtherLoadRecords(period, load);
	}

	/** The tables whose rows belong to a load. */
	String[] LOAD_TABLES = { "organization", "contract", "row_reject", "skipped_line", "submission",
			"unknown_submission" };
}
