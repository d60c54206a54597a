package cn.gdftu.twocoverage.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gdftu.twocoverage.coverage.CoverageRow;
import cn.gdftu.twocoverage.coverage.Level;
import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.report.ReportView.Trend;
import cn.gdftu.twocoverage.report.ReportView.TrendCell;
import cn.gdftu.twocoverage.report.ReportView.TrendRow;

import static cn.gdftu.twocoverage.report.ReportModel.NO_VALUE;
import static cn.gdftu.twocoverage.report.ReportModel.byKey;
import static cn.gdftu.twocoverage.report.ReportModel.key;

/** The trend table of index.html: the province and each city, unit rates period by period. */
final class TrendSection {

	private TrendSection() {
	}

	static Trend of(ReportData data, ReferenceData reference) {
		List<String> periods = List.copyOf(data.history().keySet());
		List<Map<String, CoverageRow>> byPeriod = periods.stream().map((p) -> byKey(data.history().get(p))).toList();
		List<TrendRow> rows = new ArrayList<>();
		rows.add(trendRow(ReferenceData.PROVINCE_NAME, true, key(Level.PROVINCE, ReferenceData.PROVINCE_CODE),
				byPeriod));
		for (Division city : reference.cities()) {
			rows.add(trendRow(city.name(), false, key(Level.CITY, city.code()), byPeriod));
		}
		return new Trend(periods, rows);
	}

	private static TrendRow trendRow(String name, boolean province, String key,
			List<Map<String, CoverageRow>> byPeriod) {
		List<TrendCell> cells = new ArrayList<>();
		for (Map<String, CoverageRow> rows : byPeriod) {
			CoverageRow row = rows.get(key);
			cells.add((row == null) ? new TrendCell(NO_VALUE, NO_VALUE)
					: new TrendCell(shortPercent(row.figures().orgUnitsRate()),
							shortPercent(row.figures().contractUnitsRate())));
		}
		return new TrendRow(name, province, cells);
	}

	/** A rate for the compact trend table: {@code 71.9%}, or a dash when undefined. */
	private static String shortPercent(BigDecimal rate) {
		return (rate == null) ? NO_VALUE : Percent.of(rate);
	}

}
