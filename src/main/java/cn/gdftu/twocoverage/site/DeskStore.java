package cn.gdftu.twocoverage.site;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The province desk's SQL (tables in the migrations, {@code db/migration/}): its audit trail, and what it reads of
 * the site's upload audit and period locks.
 */
public interface DeskStore {

	@SqlUpdate("INSERT INTO desk_audit (account, at, remote_address, period, action, detail) "
			+ "VALUES (:account, :at, :address, :period, :action, :detail)")
	void audit(@Bind("account") String account, @Bind("at") String at, @Bind("address") String remoteAddress,
			@Bind("period") String period, @Bind("action") String action, @Bind("detail") String detail);

	@SqlQuery("SELECT account, at, remote_address, period, action, detail FROM desk_audit WHERE period = :period "
			+ "ORDER BY audit_id DESC")
	@RegisterConstructorMapper(DeskEvent.class)
	List<DeskEvent> events(@Bind("period") String period);

	/**
	 * Each city's newest upload attempt of the period that was a return stored or refused (not a request
	 * refused for being malformed or not allowed, which says nothing about the city's return).
	 */
	@SqlQuery("SELECT a.city_code, a.account, a.at, a.outcome, a.detail FROM upload_audit a "
			+ "WHERE a.period = :period AND a.audit_id = (SELECT MAX(b.audit_id) FROM upload_audit b "
			+ "WHERE b.period = a.period AND b.city_code = a.city_code "
			+ "AND b.outcome IN ('stored', 'rejected', 'locked', 'too_large'))")
	@RegisterConstructorMapper(Attempt.class)
	List<Attempt> lastAttempts(@Bind("period") String period);

	@SqlQuery("SELECT locked_by, locked_at FROM period_lock WHERE period = :period")
	@RegisterConstructorMapper(LockRecord.class)
	Optional<LockRecord> lock(@Bind("period") String period);

	/** A line of the desk's audit trail: lock, unlock, deadline or run. */
	record DeskEvent(String account, String at, String remoteAddress, String period, String action, String detail) {

		public String shownAt() {
			return CityReturns.show(this.at);
		}
	}

	/** An upload attempt: {@code outcome} as the site's audit writes it (stored, rejected, locked, too_large). */
	record Attempt(String cityCode, String account, String at, String outcome, String detail) {

		boolean refused() {
			return !"stored".equals(this.outcome);
		}

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
