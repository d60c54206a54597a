package cn.gdftu.twocoverage.site;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

/** One upload attempt, stored or not: who, when, from where, for which return, the files and the outcome. */
public record AuditEntry(String account, String at, @ColumnName("remote_address") String remoteAddress,
		String period, @ColumnName("city_code") String cityCode, String files, String outcome, Integer version,
		String detail) {
}
