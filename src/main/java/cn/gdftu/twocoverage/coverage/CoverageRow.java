package cn.gdftu.twocoverage.coverage;

/** One row of coverage.csv: a province, city, county, industry or ownership and its figures. */
public record CoverageRow(Level level, String code, String parentCode, String name, Figures figures) {

	public String levelCode() {
		return this.level.code();
	}
}
