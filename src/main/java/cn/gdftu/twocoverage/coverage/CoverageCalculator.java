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

	public CoverageCalculator(CoverageStore store, ReferenceData reference) {
		this.store = store;
		this.reference = reference;
	}

	public List<CoverageRow> compute(long load, Period period) {
		Map<String, Figures> sums = new HashMap<>();
		this.store.refreshStatistics();
		for (LevelSums row : this.store.figures(load, period.referenceDate())) {
			sums.put(row.key(), row.figures());
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

	private static CoverageRow row(Map<String, Figures> sums, Level level, String code, String parent, String name) {
		Figures figures = sums.getOrDefault(level.code() + '/' + code, Figures.NONE);
		return new CoverageRow(level, code, parent, name, figures);
	}
}
