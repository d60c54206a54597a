package cn.gdftu.twocoverage.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gdftu.twocoverage.Numbers;
import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.coverage.CoverageRow;
import cn.gdftu.twocoverage.coverage.Figures;
import cn.gdftu.twocoverage.coverage.Level;
import cn.gdftu.twocoverage.coverage.Rate;
import cn.gdftu.twocoverage.ingest.Scope;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;
import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.report.ReportView.Cell;
import cn.gdftu.twocoverage.report.ReportView.ChartRef;
import cn.gdftu.twocoverage.report.ReportView.CityCounties;
import cn.gdftu.twocoverage.report.ReportView.Figure;
import cn.gdftu.twocoverage.report.ReportView.FigureRow;
import cn.gdftu.twocoverage.report.ReportView.LeagueRow;
import cn.gdftu.twocoverage.report.ReportView.ScopeRow;
import cn.gdftu.twocoverage.report.ReportView.Targets;

/**
 * Works out what index.html shows from a period's {@link ReportData}, the larger sections in their
 * own types ({@link HeadlineSection}, {@link LeagueSection}, {@link QualitySection},
 * {@link TrendSection}, {@link ExpiringSection}): every number is formatted by this package, rates
 * with {@link Percent} as in the job's summary line, so the page agrees with coverage.csv to the
 * rounding.
 */
final class ReportModel {

	static final String NO_VALUE = "—";



	private final ReferenceData reference;

	private final ReportTargets targets;

	ReportModel(ReferenceData reference, ReportTargets targets) {
		this.reference = reference;
		this.targets = targets;
	}

	/** The page of a period; {@code charts} are the charts written into its folder, by name. */
	ReportView build(ReportData data, Map<String, ChartRef> charts) {
		Map<String, CoverageRow> now = byKey(data.coverage());
		Map<String, CoverageRow> before = byKey(data.previous());
		Map<String, Submission> submissions = new HashMap<>();
		data.submissions().forEach((s) -> submissions.put(s.cityCode(), s));
		String previousLabel = (data.previousPeriod() == null) ? null
				: Period.parse(data.previousPeriod()).chineseLabel();
		List<LeagueRow> league = LeagueSection.of(data, this.reference, this.targets, now, before, submissions);
		return new ReportView(data.period().toString(), data.period().chineseLabel(),
				data.period().referenceDate().toString(), previousLabel, targets(),
				HeadlineSection.of(data, this.reference, this.targets, now, before, submissions, league),
				LeagueSection.provinceRow(data, this.targets, now, before), league,
				QualitySection.of(data, this.reference, submissions), data.unknownSubmissions(),
				TrendSection.of(data, this.reference), rows(data.coverage(), Level.INDUSTRY),
				rows(data.coverage(), Level.OWNERSHIP), counties(data, now, submissions, charts), scopes(data),
				ExpiringSection.of(data, this.reference), charts,
				QualitySection.onTime(data, this.reference, submissions));
	}

	private Targets targets() {
		return new Targets(Rate.target(this.targets.org()), Rate.target(this.targets.contract()),
				Rate.target(this.targets.org().subtract(Rag.NEAR_BAND)),
				Rate.target(this.targets.contract().subtract(Rag.NEAR_BAND)));
	}

	/** Industries are named with their section letter, as in GB/T 4754: {@code C 制造业}. */
	private static List<FigureRow> rows(List<CoverageRow> coverage, Level level) {
		return coverage.stream()
			.filter((r) -> r.level() == level)
			.map((r) -> figureRow(r, (level == Level.INDUSTRY) ? r.code() + " " + r.name() : r.name()))
			.toList();
	}

	private static FigureRow figureRow(CoverageRow row) {
		return figureRow(row, row.name());
	}

	private static FigureRow figureRow(CoverageRow row, String name) {
		Figures f = row.figures();
		return new FigureRow(name, orgUnits(row), orgPeople(row), contractUnits(row), contractPeople(row),
				f.orgUnitsDenom() == 0 && f.contractUnitsDenom() == 0);
	}

	private List<CityCounties> counties(ReportData data, Map<String, CoverageRow> now,
			Map<String, Submission> submissions, Map<String, ChartRef> charts) {
		List<CityCounties> cities = new ArrayList<>();
		for (Division city : this.reference.cities()) {
			Submission s = submissions.get(city.code());
			CoverageRow row = now.get(key(Level.CITY, city.code()));
			if (s == null || s.status() != SubmissionStatus.SUBMITTED || row == null) {
				continue;
			}
			List<FigureRow> counties = data.coverage().stream()
				.filter((r) -> r.level() == Level.COUNTY && city.code().equals(r.parentCode()))
				.map(ReportModel::figureRow)
				.toList();
			cities.add(new CityCounties(city.code(), city.name(), orgUnits(row), contractUnits(row), counties,
					charts.get(ReportCharts.countyChart(city.code()))));
		}
		return cities;
	}

	private static List<ScopeRow> scopes(ReportData data) {
		Map<Scope, ReportStore.ScopeCount> counts = new EnumMap<>(Scope.class);
		data.scopeCounts().forEach((c) -> counts.put(c.scope(), c));
		List<ScopeRow> rows = new ArrayList<>();
		for (Scope scope : Scope.values()) {
			ReportStore.ScopeCount count = counts.getOrDefault(scope, new ReportStore.ScopeCount(scope, 0, 0));
			String perContract = (count.contracts() == 0) ? NO_VALUE
					: BigDecimal.valueOf(count.unions())
						.divide(BigDecimal.valueOf(count.contracts()), 1, java.math.RoundingMode.HALF_UP)
						.toPlainString();
			rows.add(new ScopeRow(scope.label(), Numbers.count(count.contracts()), Numbers.count(count.unions()), perContract));
		}
		return rows;
	}

	static Map<String, CoverageRow> byKey(List<CoverageRow> rows) {
		Map<String, CoverageRow> map = new HashMap<>();
		rows.forEach((r) -> map.put(key(r.level(), r.code()), r));
		return map;
	}

	static String key(Level level, String code) {
		return level.code() + "/" + code;
	}

	static PointChange change(boolean first, BigDecimal now, BigDecimal before) {
		return first ? PointChange.FIRST : PointChange.of(now, before);
	}

	static String needed(long covered, long denominator, BigDecimal target) {
		return (denominator == 0) ? NO_VALUE : Numbers.count(Rag.needed(covered, denominator, target));
	}

	static Figure orgUnits(CoverageRow row) {
		Figures f = row.figures();
		return figure(row, "org_units", f.orgUnitsCovered(), f.orgUnitsDenom(), f.orgUnitsRate());
	}

	static Figure orgPeople(CoverageRow row) {
		Figures f = row.figures();
		return figure(row, "org_people", f.orgPeopleCovered(), f.orgPeopleDenom(), f.orgPeopleRate());
	}

	static Figure contractUnits(CoverageRow row) {
		Figures f = row.figures();
		return figure(row, "contract_units", f.contractUnitsCovered(), f.contractUnitsDenom(), f.contractUnitsRate());
	}

	static Figure contractPeople(CoverageRow row) {
		Figures f = row.figures();
		return figure(row, "contract_people", f.contractPeopleCovered(), f.contractPeopleDenom(),
				f.contractPeopleRate());
	}

	private static Figure figure(CoverageRow row, String measure, long covered, long denominator, BigDecimal rate) {
		String prefix = key(row.level(), row.code()) + "/" + measure;
		return new Figure(new Cell(prefix + "_rate", Percent.of(rate)), new Cell(prefix + "_covered", Numbers.count(covered)),
				new Cell(prefix + "_denom", Numbers.count(denominator)));
	}


}
