package cn.gdftu.twocoverage.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.coverage.CoverageRow;
import cn.gdftu.twocoverage.coverage.ExpiringContract;
import cn.gdftu.twocoverage.coverage.Figures;
import cn.gdftu.twocoverage.coverage.Level;
import cn.gdftu.twocoverage.ingest.Scope;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;
import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;

/**
 * A small hand-made period for the report's unit tests: Guangzhou meets the organisation target,
 * Shenzhen and Zhuhai tie five points below it, Foshan's return was rejected, the rest are missing.
 */
final class ReportSamples {

	static final ReportTargets TARGETS = new ReportTargets(new BigDecimal("0.95"), new BigDecimal("0.90"));

	static final Period PERIOD = Period.parse("2026-10");

	private ReportSamples() {
	}

	static ReportData period(boolean withPrevious) {
		List<CoverageRow> rows = new ArrayList<>();
		List<CoverageRow> cities = new ArrayList<>();
		for (Division city : ReferenceData.bundled().cities()) {
			Figures f = switch (city.code()) {
				case "440100" -> figures(100, 95, 100, 90);
				case "440300" -> figures(100, 90, 40, 30);
				case "440400" -> figures(200, 180, 0, 0);
				default -> Figures.NONE;
			};
			cities.add(new CoverageRow(Level.CITY, city.code(), "440000", city.name(), f));
		}
		Figures all = cities.stream().map(CoverageRow::figures).reduce(Figures.NONE, Figures::plus);
		rows.add(new CoverageRow(Level.PROVINCE, "440000", "", "广东省", all));
		rows.addAll(cities);
		rows.add(new CoverageRow(Level.COUNTY, "440103", "440100", "荔湾区", figures(100, 95, 100, 90)));
		rows.add(new CoverageRow(Level.COUNTY, "441900", "441900", "东莞市", Figures.NONE));
		rows.add(new CoverageRow(Level.INDUSTRY, "C", "440000", "制造业", all));
		rows.add(new CoverageRow(Level.INDUSTRY, "T", "440000", "国际组织", Figures.NONE));
		rows.add(new CoverageRow(Level.OWNERSHIP, "private", "440000", "私营", all));

		List<CoverageRow> previous = new ArrayList<>();
		previous.add(new CoverageRow(Level.PROVINCE, "440000", "", "广东省", figures(300, 250, 100, 80)));
		previous.add(new CoverageRow(Level.CITY, "440100", "440000", "广州市", figures(100, 90, 100, 95)));
		previous.add(new CoverageRow(Level.CITY, "440400", "440000", "珠海市", Figures.NONE));

		List<Submission> submissions = new ArrayList<>();
		for (Division city : ReferenceData.bundled().cities()) {
			submissions.add(switch (city.code()) {
				case "440100" -> new Submission("440100", SubmissionStatus.SUBMITTED, 120, 110, 30, 28, 12, 1, "已采用；共拒绝12行");
				case "440300", "440400" -> new Submission(city.code(), SubmissionStatus.SUBMITTED, 100, 100, 40, 40, 0, 0,
						"已采用，无错误行");
				case "440600" -> Submission.rejected("440600", "整份报送未采用：缺少contracts.csv");
				default -> Submission.missing(city.code(), "本期未报送（没有该市的文件夹）");
			});
		}
		List<ReportStore.ReasonCount> reasons = List.of(new ReportStore.ReasonCount("440100", "BAD_DATE", 5),
				new ReportStore.ReasonCount("440100", "BAD_COUNTY", 4),
				new ReportStore.ReasonCount("440100", "MISSING_VALUE", 2),
				new ReportStore.ReasonCount("440100", "DUPLICATE_ROW", 1));

		List<ExpiringContract> expiring = new ArrayList<>();
		LocalDate d = PERIOD.referenceDate();
		for (int i = 0; i < 12; i++) {
			String id = "GZ-" + (100 + i);
			expiring.add(new ExpiringContract("440100", id, (i == 0) ? Scope.REGIONAL : Scope.ENTERPRISE,
					LocalDate.of(2024, 1, 1), d.plusDays(i * 5), (i == 0) ? 3 : 1, 40, (i == 0) ? "" : "440103", "单位" + i));
		}
		expiring.add(new ExpiringContract("440300", "SZ-1", Scope.INDUSTRY, LocalDate.of(2025, 1, 1), d.plusDays(3), 2,
				10, "440304", ""));

		Map<String, List<CoverageRow>> history = new LinkedHashMap<>();
		if (withPrevious) {
			history.put("2026-09", previous);
		}
		history.put("2026-10", rows);
		return new ReportData(PERIOD, 7, rows, withPrevious ? previous : List.of(), withPrevious ? "2026-09" : null,
				submissions, reasons, List.of("449999"), expiring,
				List.of(new ReportStore.ScopeCount(Scope.ENTERPRISE, 11, 11), new ReportStore.ScopeCount(Scope.REGIONAL, 2, 9)),
				history);
	}

	static Figures figures(long orgDenominator, long orgCovered, long contractDenominator, long contractCovered) {
		return new Figures(orgDenominator, orgCovered, orgDenominator * 10, orgCovered * 10, contractDenominator,
				contractCovered, contractDenominator * 20, contractCovered * 20);
	}
}
