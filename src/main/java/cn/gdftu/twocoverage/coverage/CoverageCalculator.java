package cn.gdftu.twocoverage.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.Industry;
import cn.gdftu.twocoverage.reference.Ownership;
import cn.gdftu.twocoverage.reference.ReferenceData;

/**
 * The coverage rows of a load in coverage.csv order: the province, cities by code, counties by code,
 * industries A–T, ownership in SPEC order. Every entity of the reference data gets a row, with zero
 * figures where no submitted city has data for it.
 */
public final class CoverageCalculator {

	private final CoverageStore store;

	private final ReferenceData reference;

	private final CityCubes cubes;

	public CoverageCalculator(CoverageStore store, ReferenceData reference, CityCubes cubes) {
		this.store = store;
		this.reference = reference;
		this.cubes = cubes;
	}

	/**
	 * The load's coverage rows: each city's cube ({@link CityCubes}, computed ahead during the ingest
	 * where it could be) summed into every level; {@code execution} is the job execution publishing.
	 */
	public List<CoverageRow> compute(long execution, long load, Period period) {
		this.store.refreshStatistics();
		Map<String, Figures> sums = new HashMap<>();
		try {
			for (Division city : this.reference.cities()) {
				for (CubeCell cell : this.cubes.take(execution, load, period, city.code())) {
					Figures figures = cell.figures();
					add(sums, Level.PROVINCE, ReferenceData.PROVINCE_CODE, figures);
					add(sums, Level.CITY, city.code(), figures);
					add(sums, Level.COUNTY, cell.countyCode(), figures);
					add(sums, Level.INDUSTRY, cell.industry(), figures);
					add(sums, Level.OWNERSHIP, cell.ownership(), figures);
				}
			}
		}
		finally {
			this.cubes.forgetAll();
		}
		List<CoverageRow> rows = new ArrayList<>();
		String province = ReferenceData.PROVINCE_CODE;
		rows.add(row(sums, Level.PROVINCE, province, "", ReferenceData.PROVINCE_NAME));
		for (Division city : this.reference.cities()) {
			rows.add(row(sums, Level.CITY, city.code(), province, city.name()));
		}
		for (Division city : this.reference.cities()) {
			for (Division county : this.reference.countiesOf(city.code())) {
				rows.add(row(sums, Level.COUNTY, county.code(), city.code(), county.name()));
			}
		}
		for (Industry industry : this.reference.industries()) {
			rows.add(row(sums, Level.INDUSTRY, industry.code(), province, industry.name()));
		}
		for (Ownership ownership : this.reference.ownerships()) {
			rows.add(row(sums, Level.OWNERSHIP, ownership.code(), province, ownership.name()));
		}
		return rows;
	}

	private static void add(Map<String, Figures> sums, Level level, String code, Figures figures) {
		sums.merge(key(level, code), figures, Figures::plus);
	}

	private static String key(Level level, String code) {
		return level.code() + '/' + code;
	}

	private static CoverageRow row(Map<String, Figures> sums, Level level, String code, String parent, String name) {
		Figures figures = sums.getOrDefault(key(level, code), Figures.NONE);
		return new CoverageRow(level, code, parent, name, figures);
	}
}
