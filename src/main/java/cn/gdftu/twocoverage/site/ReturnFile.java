package cn.gdftu.twocoverage.site;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

import cn.gdftu.twocoverage.Period;

/** A file of a stored version, under the layout's name, with its size and SHA-256 (hex). */
public record ReturnFile(Period period, @ColumnName("city_code") String cityCode, int version, String name,
		long size, String sha256) {
}
