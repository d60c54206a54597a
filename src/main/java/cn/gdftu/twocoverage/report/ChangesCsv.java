package cn.gdftu.twocoverage.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cn.gdftu.twocoverage.changes.CityChange;
import cn.gdftu.twocoverage.changes.Movement;
import cn.gdftu.twocoverage.changes.PeriodChanges;
import cn.gdftu.twocoverage.reference.ReferenceData;

/**
 * {@code changes.csv} of SPEC §11: the province, then each city in reference order. Plain UTF-8 like
 * coverage.csv (read by programs, compared across runs); counts are empty where a row has none.
 */
final class ChangesCsv {

	static final String FILE = "changes.csv";

	static final String[] HEADER = { "period", "previous_period", "level", "code", "name", "unions_previous",
			"unions_current", "added", "removed", "changed", "org_units_covered_previous", "org_units_covered_current",
			"contract_units_covered_previous", "contract_units_covered_current", "contract_newly_covered",
			"contract_no_longer_covered", "contract_covered_added", "contract_covered_removed" };

	private ChangesCsv() {
	}

	static void write(PeriodChanges changes, Path dir) throws IOException {
		try (ExcelCsv csv = CsvFiles.plainForExcel(dir.resolve(FILE), HEADER)) {
			csv.printRecord(record(changes, changes.previousPeriod(), "province", ReferenceData.PROVINCE_CODE,
					ReferenceData.PROVINCE_NAME, changes.province()));
			for (CityChange city : changes.cities()) {
				csv.printRecord(record(changes, city.previousPeriod(), "city", city.cityCode(), city.name(),
						city.movement()));
			}
		}
	}

	private static List<Object> record(PeriodChanges changes, String previousPeriod, String level, String code,
			String name, Movement m) {
		List<Object> values = new ArrayList<>(List.of(changes.period().toString(),
				(previousPeriod == null) ? "" : previousPeriod, level, code, name));
		if (m == null) {
			values.addAll(Collections.nCopies(HEADER.length - values.size(), ""));
			return values;
		}
		values.addAll(List.of(m.unionsPrevious(), m.unionsCurrent(), m.added(), m.removed(), m.changed(),
				m.orgUnitsCoveredPrevious(), m.orgUnitsCoveredCurrent(), m.contractUnitsCoveredPrevious(),
				m.contractUnitsCoveredCurrent(), m.contractNewlyCovered(), m.contractNoLongerCovered(),
				m.contractCoveredAdded(), m.contractCoveredRemoved()));
		return values;
	}
}
