package cn.gdftu.twocoverage.site;

import java.time.Instant;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

/** A site account: one per city department ({@code cityCode}), or a province account (no city). */
public record Account(String name, @ColumnName("city_code") String cityCode,
		@ColumnName("password_hash") String passwordHash, boolean enabled,
		@ColumnName("failed_logins") int failedLogins, @ColumnName("locked_until") String lockedUntil) {

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
