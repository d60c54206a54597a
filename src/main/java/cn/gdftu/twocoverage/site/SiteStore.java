package cn.gdftu.twocoverage.site;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

import cn.gdftu.twocoverage.store.Stores;
import cn.gdftu.twocoverage.Period;

/**
 * All of the site's SQL (tables in the migrations, {@code db/migration/}): accounts, stored return versions and
 * their files, the upload audit trail and period locks. Minimal SQLite/PostgreSQL-compatible SQL.
 */
@RegisterConstructorMapper(Account.class)
@RegisterConstructorMapper(ReturnVersion.class)
@RegisterConstructorMapper(ReturnFile.class)
@RegisterConstructorMapper(AuditEntry.class)
public interface SiteStore extends SqlObject {

	// Accounts

	@SqlUpdate
	@UseClasspathSqlLocator
	void addAccount(@Bind("name") String name, @Bind("city") String cityCode, @Bind("hash") String passwordHash,
			@Bind("at") String at);

	@SqlQuery("SELECT " + Account.COLUMNS + " FROM site_account WHERE name = :name")
	Optional<Account> account(@Bind("name") String name);

	@SqlQuery("SELECT " + Account.COLUMNS + " FROM site_account ORDER BY name")
	List<Account> accounts();

	/** Disables the account and ends its sessions (a new stamp). */
	default int disable(String name) {
		return disable(name, AccountSessions.freshStamp());
	}

	@SqlUpdate("UPDATE site_account SET enabled = 0, session_stamp = :stamp WHERE name = :name")
	int disable(@Bind("name") String name, @Bind("stamp") String stamp);

	/** A password the account keeps (the command line's): enabled, unlocked, its other sessions ended. */
	default int setPassword(String name, String passwordHash) {
		return setPassword(name, passwordHash, AccountSessions.freshStamp());
	}

	@SqlUpdate
	@UseClasspathSqlLocator
	int setPassword(@Bind("name") String name, @Bind("hash") String passwordHash, @Bind("stamp") String stamp);

	@SqlUpdate("UPDATE site_account SET last_login_at = :at WHERE name = :name")
	void recordLogin(@Bind("name") String name, @Bind("at") String at);

	@SqlUpdate("UPDATE site_account SET failed_logins = failed_logins + 1 WHERE name = :name")
	int countFailure(@Bind("name") String name);

	/**
	 * One login attempt counted before its password is checked, in one statement so that parallel tries
	 * cannot all pass: refused (0 rows) while the account is locked; a lock that has run out starts a new
	 * count; the attempt that reaches {@code max} locks the account until {@code until} (a good password
	 * clears it again). Times are whole-second ISO instants, so they compare as text.
	 */
	@SqlUpdate
	@UseClasspathSqlLocator
	int admitAttempt(@Bind("name") String name, @Bind("max") int max, @Bind("now") String now,
			@Bind("until") String until);

	@SqlUpdate("UPDATE site_account SET failed_logins = 0, locked_until = :until WHERE name = :name")
	void lockUntil(@Bind("name") String name, @Bind("until") String until);

	/** Unlocks the account (a good password, or the province's unlock); 0 when there is no such account. */
	@SqlUpdate("UPDATE site_account SET failed_logins = 0, locked_until = NULL WHERE name = :name")
	int clearFailures(@Bind("name") String name);

	// Return versions

	/** The newest version of the city's return for the period, -1 when there is none. */

	@SqlQuery("SELECT COALESCE(MAX(version), -1) FROM return_version WHERE period = :period AND city_code = :city")
	int lastVersion(@Bind("period") Period period, @Bind("city") String cityCode);

	@SqlUpdate
	@UseClasspathSqlLocator
	void addVersion(@BindMethods ReturnVersion version);

	@SqlUpdate
	@UseClasspathSqlLocator
	void addFile(@BindMethods ReturnFile file);

	@SqlQuery("SELECT * FROM return_version WHERE period = :period AND city_code = :city ORDER BY version DESC")
	List<ReturnVersion> versions(@Bind("period") Period period, @Bind("city") String cityCode);

	@SqlQuery("SELECT * FROM return_file WHERE period = :period AND city_code = :city ORDER BY version DESC, name")
	List<ReturnFile> files(@Bind("period") Period period, @Bind("city") String cityCode);

	// Audit

	@SqlUpdate
	@UseClasspathSqlLocator
	void audit(@BindMethods AuditEntry entry);

	@SqlQuery
	@UseClasspathSqlLocator
	List<AuditEntry> auditTrail(@Bind("period") Period period, @Bind("city") String cityCode);

	// Period locks

	@SqlQuery("SELECT COUNT(*) > 0 FROM period_lock WHERE period = :period")
	boolean isLocked(@Bind("period") Period period);

	/**
	 * Inside a transaction, waits until no other transaction is locking the period or storing a return
	 * of it, so a lock never lands between an upload's check and its store. On SQLite every site
	 * transaction begins IMMEDIATE (one writer at a time) and nothing more is needed; PostgreSQL takes a
	 * transaction-scoped advisory lock on the period, released at commit or rollback.
	 */
	default void holdPeriod(Period period) {
		if (Stores.isPostgres(getHandle())) {
			getHandle().createQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:space, :key)) held")
				.bind("space", PERIOD_LOCKS)
				.bind("key", Integer.parseInt(period.toString().replace("-", "")))
				.mapTo(Integer.class)
				.one();
		}
	}

	/** The advisory locks' key space of periods (PostgreSQL). */
	int PERIOD_LOCKS = 0x7477;

	/** Locks the period, waiting for an upload of it being stored; false when it was already locked. */
	@Transaction
	default boolean lockPeriod(Period period, String account, String at) {
		holdPeriod(period);
		return lock(period, account, at) > 0;
	}

	@SqlUpdate
	@UseClasspathSqlLocator
	int lock(@Bind("period") Period period, @Bind("by") String account, @Bind("at") String at);

	@SqlUpdate("DELETE FROM period_lock WHERE period = :period")
	int unlock(@Bind("period") Period period);

	@SqlQuery("SELECT period FROM period_lock ORDER BY period")
	List<String> lockedPeriods();
}
