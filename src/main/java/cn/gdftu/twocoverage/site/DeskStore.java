package cn.gdftu.twocoverage.site;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import cn.gdftu.twocoverage.Period;

/**
 * The province desk's SQL (tables in the migrations, {@code db/migration/}): its audit trail, and what it reads of
 * the site's period locks (each city's uploads: {@link CurrentReturnStore}).
 */
public interface DeskStore {

	@SqlUpdate
	@UseClasspathSqlLocator
	void audit(@Bind("account") String account, @Bind("at") String at, @Bind("address") String remoteAddress,
			@Bind("period") Period period, @Bind("action") String action, @Bind("detail") String detail);

	@SqlQuery
	@UseClasspathSqlLocator
	@RegisterConstructorMapper(DeskEvent.class)
	List<DeskEvent> events(@Bind("period") Period period);

	@SqlQuery("SELECT locked_by, locked_at FROM period_lock WHERE period = :period")
	@RegisterConstructorMapper(LockRecord.class)
	Optional<LockRecord> lock(@Bind("period") Period period);

	/** A line of the desk's audit trail: lock, unlock, deadline or run. */
	record DeskEvent(String account, String at, String remoteAddress, String period, String action, String detail) {

		public String shownAt() {
			return CityReturns.show(this.at);
		}
	}

	/** A refused upload attempt: {@code outcome} as the site's audit writes it (rejected, locked, too_large). */
	record Attempt(String cityCode, String account, String at, String outcome, String detail) {

		public String shownAt() {
			return CityReturns.show(this.at);
		}
	}

	/** Who locked the period, and when. */
	record LockRecord(String lockedBy, String lockedAt) {

		public String shownAt() {
			return CityReturns.show(this.lockedAt);
		}
	}
}
