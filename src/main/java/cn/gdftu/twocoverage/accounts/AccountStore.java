package cn.gdftu.twocoverage.accounts;

import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The SQL of managing accounts in the browser (SPEC §13; tables in {@code db/migration/}): create with
 * a one-time password, reset, enable, unlock, an account's own new password, and the audit trail.
 * Reading an account is {@link cn.gdftu.twocoverage.site.SiteStore}'s.
 */
interface AccountStore {

	@SqlUpdate
	@UseClasspathSqlLocator
	void create(@Bind("name") String name, @Bind("city") String cityCode, @Bind("displayName") String displayName,
			@Bind("email") String email, @Bind("hash") String passwordHash, @Bind("stamp") String stamp,
			@Bind("at") String at);

	/** A new one-time password: unlocked too, its sessions ended; enabled or not as before. */
	@SqlUpdate
	@UseClasspathSqlLocator
	int reset(@Bind("name") String name, @Bind("hash") String passwordHash, @Bind("stamp") String stamp);

	@SqlUpdate("UPDATE site_account SET enabled = 1 WHERE name = :name")
	int enable(@Bind("name") String name);

	/** The account's own password: no longer one-time; every other session ended. */
	@SqlUpdate
	@UseClasspathSqlLocator
	int changeOwn(@Bind("name") String name, @Bind("hash") String passwordHash, @Bind("stamp") String stamp);

	@SqlQuery("SELECT created_at FROM site_account WHERE name = :name")
	String createdAt(@Bind("name") String name);

	@SqlUpdate
	@UseClasspathSqlLocator
	void audit(@Bind("account") String account, @Bind("at") String at, @Bind("address") String remoteAddress,
			@Bind("target") String target, @Bind("action") String action, @Bind("detail") String detail);

	@SqlQuery("SELECT account, at, remote_address, target, action, detail FROM account_audit ORDER BY audit_id DESC LIMIT :limit")
	@RegisterConstructorMapper(AccountChange.class)
	List<AccountChange> trail(@Bind("limit") int limit);
}
