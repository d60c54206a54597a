package cn.gdftu.twocoverage.site;

import java.time.Instant;
import java.util.regex.Pattern;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

/**
 * A site account: one per city department officer ({@code cityCode}), or a province account (no city).
 * {@code mustChangePassword}: it holds a one-time password; {@code sessionStamp}: what its sessions
 * must carry to stay valid ({@link AccountSessions}).
 */
public record Account(String name, @ColumnName("city_code") String cityCode,
		@ColumnName("password_hash") String passwordHash, boolean enabled,
		@ColumnName("failed_logins") int failedLogins, @ColumnName("locked_until") String lockedUntil,
		@ColumnName("display_name") String displayName, String email,
		@ColumnName("must_change_password") boolean mustChangePassword,
		@ColumnName("last_login_at") String lastLoginAt, @ColumnName("session_stamp") String sessionStamp) {

	/** What an account name may be made of, on the command line and in the browser. */
	public static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	/** The columns the record is read from, for every query that reads an account. */
	static final String COLUMNS = "name, city_code, password_hash, enabled, failed_logins, locked_until, display_name, "
			+ "email, must_change_password, last_login_at, session_stamp";

	public boolean isProvince() {
		return this.cityCode == null;
	}

	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && Instant.parse(this.lockedUntil).isAfter(now);
	}

	/** Whether this account may act for the city: its own, or any for the province. */
	public boolean mayActFor(String city) {
		return isProvince() || this.cityCode.equals(city);
	}
}
