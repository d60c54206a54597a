package cn.gdftu.twocoverage.coverage;

import org.jdbi.v3.core.mapper.Nested;

/** What cube.sql returns: a city's unit sums for one county, industry and ownership. */
record CubeCell(String countyCode, String industry, String ownership, @Nested Figures figures) {
}
