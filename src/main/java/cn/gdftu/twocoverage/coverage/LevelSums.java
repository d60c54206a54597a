package cn.gdftu.twocoverage.coverage;

import org.jdbi.v3.core.mapper.Nested;

/** What figures.sql returns: one level's code and its unit sums, mapped straight into {@link Figures}. */
record LevelSums(String level, String code, String parentCode, @Nested Figures figures) {

	String key() {
		return this.level + '/' + this.code;
	}
}
