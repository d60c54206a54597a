package cn.gdftu.twocoverage.accounts;

import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The SQL of managing accounts in the browser (SPEC §13; tables in {@code db/migration/}): create with
 * a one-time password, reset, enable, unlock, an account's own new password, and the audit trail.
 * Reading an account is {@link cn.gdftu.twocoverage.site.SiteStore}'s.
 */
interface AccountStore {

	@SqlUpdate("INSERT INTO site_account (name, city_code, password_hash, enabled, failed_logins, created_at, display_name, "
			+ "email, must_change_password, session_stamp) VALUES (:name, :city, :hash, 1, 0, :at, :displayName, :email, 1, :stamp)")
	void create(@Bind("name") String name, @Bind("city") String cityCode, @Bind("displayName") String displayName,
			@Bind("email") String email, @Bind("hash") String passwordHash, @Bind("stamp") String stamp,
			@Bind("at") String at);

	/** A new one-time password: unlocked too, its sessions ended; enabled or not as before. */
	@SqlUpdate("UPDATE site_account SET password_hash = :hash, must_change_password = 1, failed_logins = 0, "
			+ "locked_until = NULL, session_stamp = :stamp WHERE name = :name")
	int reset(@Bind("name") String name, @Bind("hash") String passwordHash, @Bind("stamp") String stamp);

	@SqlUpdate("UPDATE site_account SET enabled = 1 WHERE name = :name")
	int enable(@Bind("name") String name);

	@SqlUpdate("UPDATE site_account SET failed_logins = 0, locked_until = NULL WHERE name = :name")
	int unlock(@Bind("name") String name);

	/** The account's own password: no longer one-time; every other session ended. */
	@SqlUpdate("UPDATE site_account SET password_hash = :hash, must_change_password = 0, session_stamp = :stamp "
			+ "WHERE name = :name")
	int changeOwn(@Bind("name") String name, @Bind("hash") String passwordHash, @Bind("stamp") String stamp);

	@SqlQuery("SELECT created_at FROM site_account WHERE name = :name")
	String createdAt(@Bind("name") String name);

	@SqlUpdate("INSERT INTO account_audit (audit_id, account, at, remote_address, target, action, detail) "
			+ "SELECT COALESCE(MAX(audit_id), 0) + 1, :account, :at, :address, :target, :action, :detail FROM account_audit")
	void audit(@Bind("account") String account, @Bind("at") String at, @Bind("address") String remoteAddress,
			@Bind("target") String target, @Bind("action") String action, @Bind("detail") String detail);

	@SqlQuery("SELECT account, at, remote_address, target, action, detail FROM account_audit ORDER BY audit_id DESC LIMIT :limit")
	@RegisterConstructorMapper(AccountChange.class)
	List<AccountChange> trail(@Bind("limit") int limit);
}
