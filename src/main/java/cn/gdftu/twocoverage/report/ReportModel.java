package cn.gdftu.twocoverage.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.gdftu.twocoverage.ChinaTime;
import cn.gdftu.twocoverage.Numbers;
import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.coverage.CoverageRow;
import cn.gdftu.twocoverage.coverage.ExpiringContract;
import cn.gdftu.twocoverage.coverage.Figures;
import cn.gdftu.twocoverage.coverage.Level;
import cn.gdftu.twocoverage.coverage.Rate;
import cn.gdftu.twocoverage.ingest.Reason;
import cn.gdftu.twocoverage.ingest.Scope;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;
import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.report.ReportView.Cell;
import cn.gdftu.twocoverage.report.ReportView.ChartRef;
import cn.gdftu.twocoverage.report.ReportView.CityCounties;
import cn.gdftu.twocoverage.report.ReportView.Completeness;
import cn.gdftu.twocoverage.report.ReportView.Expiring;
import cn.gdftu.twocoverage.report.ReportView.ExpiringCity;
import cn.gdftu.twocoverage.report.ReportView.ExpiringRow;
import cn.gdftu.twocoverage.report.ReportView.Figure;
import cn.gdftu.twocoverage.report.ReportView.FigureRow;
import cn.gdftu.twocoverage.report.ReportView.Headline;
import cn.gdftu.twocoverage.report.ReportView.LeagueRow;
import cn.gdftu.twocoverage.report.ReportView.QualityRow;
import cn.gdftu.twocoverage.report.ReportView.ReasonRow;
import cn.gdftu.twocoverage.report.ReportView.ScopeRow;
import cn.gdftu.twocoverage.report.ReportView.Side;
import cn.gdftu.twocoverage.report.ReportView.Standing;
import cn.gdftu.twocoverage.report.ReportView.Targets;
import cn.gdftu.twocoverage.report.ReportView.Trend;
import cn.gdftu.twocoverage.report.ReportView.TrendCell;
import cn.gdftu.twocoverage.report.ReportView.TrendRow;
import cn.gdftu.twocoverage.timeliness.ReportingRate;
import cn.gdftu.twocoverage.timeliness.Timeliness;

/**
 * Works out what index.html shows from a period's {@link ReportData}: every number is formatted
 * here, rates with {@link Percent} as in the job's summary line, so the page agrees with
 * coverage.csv to the rounding.
 */
final class ReportModel {

	static final int EXPIRING_SHOWN = 10;

	static final int REASONS_SHOWN = 3;

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
		List<LeagueRow> league = league(data, now, before, submissions);
		return new ReportView(data.period().toString(), data.period().chineseLabel(),
				data.period().referenceDate().toString(), previousLabel, targets(),
				headline(data, now, before, submissions, league), provinceRow(data, now, before), league,
				quality(data, submissions), data.unknownSubmissions(),
				trend(data), rows(data.coverage(), Level.INDUSTRY), rows(data.coverage(), Level.OWNERSHIP),
				counties(data, now, submissions, charts), scopes(data), expiring(data), charts,
				onTime(data, submissions));
	}

	private Targets targets() {
		return new Targets(Rate.target(this.targets.org()), Rate.target(this.targets.contract()),
				Rate.target(this.targets.org().subtract(Rag.NEAR_BAND)),
				Rate.target(this.targets.contract().subtract(Rag.NEAR_BAND)));
	}

	private Headline headline(ReportData data, Map<String, CoverageRow> now, Map<String, CoverageRow> before,
			Map<String, Submission> submissions, List<LeagueRow> league) {
		String key = key(Level.PROVINCE, ReferenceData.PROVINCE_CODE);
		CoverageRow province = now.get(key);
		CoverageRow previous = before.get(key);
		boolean first = data.previousPeriod() == null;
		Figures f = province.figures();
		Figures p = (previous == null) ? null : previous.figures();
		Side org = new Side("女职工组织覆盖率", "个基层工会", "名女会员", orgUnits(province), orgPeople(province),
				change(first, f.orgUnitsRate(), (p == null) ? null : p.orgUnitsRate()),
				change(first, f.orgPeopleRate(), (p == null) ? null : p.orgPeopleRate()),
				Rate.target(this.targets.org()), Rag.of(f.orgUnitsCovered(), f.orgUnitsDenom(), this.targets.org()).css(),
				Rag.of(f.orgUnitsCovered(), f.orgUnitsDenom(), this.targets.org()).label(),
				needed(f.orgUnitsCovered(), f.orgUnitsDenom(), this.targets.org()));
		Side contract = new Side("专项集体合同覆盖率", "个基层工会", "名女职工", contractUnits(province),
				contractPeople(province),
				change(first, f.contractUnitsRate(), (p == null) ? null : p.contractUnitsRate()),
				change(first, f.contractPeopleRate(), (p == null) ? null : p.contractPeopleRate()),
				Rate.target(this.targets.contract()),
				Rag.of(f.contractUnitsCovered(), f.contractUnitsDenom(), this.targets.contract()).css(),
				Rag.of(f.contractUnitsCovered(), f.contractUnitsDenom(), this.targets.contract()).label(),
				needed(f.contractUnitsCovered(), f.contractUnitsDenom(), this.targets.contract()));
		List<String> missing = new ArrayList<>();
		List<String> rejected = new ArrayList<>();
		for (Division city : this.reference.cities()) {
			Submission s = submissions.get(city.code());
			SubmissionStatus status = (s == null) ? SubmissionStatus.MISSING : s.status();
			if (status == SubmissionStatus.MISSING) {
				missing.add(city.name());
			}
			else if (status == SubmissionStatus.REJECTED) {
				rejected.add(city.name());
			}
		}
		long orgMet = league.stream().filter((r) -> r.included() && Rag.MET.css().equals(r.org().rag())).count();
		long contractMet = league.stream()
			.filter((r) -> r.included() && Rag.MET.css().equals(r.contract().rag()))
			.count();
		return new Headline(org, contract, data.submittedCities(), this.reference.cities().size(), missing, rejected,
				orgMet, contractMet);
	}

	/** The province's line at the head of the league table: no rank, the same figures as the headline. */
	private LeagueRow provinceRow(ReportData data, Map<String, CoverageRow> now, Map<String, CoverageRow> before) {
		String key = key(Level.PROVINCE, ReferenceData.PROVINCE_CODE);
		CoverageRow row = now.get(key);
		Figures f = row.figures();
		Figures p = before.containsKey(key) ? before.get(key).figures() : null;
		boolean first = data.previousPeriod() == null;
		Standing org = standing(row, orgUnits(row), null,
				change(first, f.orgUnitsRate(), (p == null) ? null : p.orgUnitsRate()), f.orgUnitsCovered(),
				f.orgUnitsDenom(), this.targets.org(), "org");
		Standing contract = standing(row, contractUnits(row), null,
				change(first, f.contractUnitsRate(), (p == null) ? null : p.contractUnitsRate()),
				f.contractUnitsCovered(), f.contractUnitsDenom(), this.targets.contract(), "contract");
		return new LeagueRow(row.code(), ReferenceData.PROVINCE_NAME, true, null, "", org, contract);
	}

	private List<LeagueRow> league(ReportData data, Map<String, CoverageRow> now, Map<String, CoverageRow> before,
			Map<String, Submission> submissions) {
		boolean first = data.previousPeriod() == null;
		List<CoverageRow> included = new ArrayList<>();
		List<Division> others = new ArrayList<>();
		for (Division city : this.reference.cities()) {
			Submission s = submissions.get(city.code());
			CoverageRow row = now.get(key(Level.CITY, city.code()));
			if (s != null && s.status() == SubmissionStatus.SUBMITTED && row != null) {
				included.add(row);
			}
			else {
				others.add(city);
			}
		}
		Map<String, Integer> orgRanks = ranks(included, (r) -> r.figures().orgUnitsRate());
		Map<String, Integer> contractRanks = ranks(included, (r) -> r.figures().contractUnitsRate());
		Comparator<BigDecimal> highFirst = Comparator.nullsLast(Comparator.reverseOrder());
		included.sort(Comparator.comparing((CoverageRow r) -> r.figures().orgUnitsRate(), highFirst)
			.thenComparing((r) -> r.figures().contractUnitsRate(), highFirst)
			.thenComparing(CoverageRow::code));
		List<LeagueRow> league = new ArrayList<>();
		for (CoverageRow row : included) {
			Figures f = row.figures();
			CoverageRow previous = before.get(key(Level.CITY, row.code()));
			Figures p = (previous == null) ? null : previous.figures();
			Standing org = standing(row, orgUnits(row), orgRanks.get(row.code()),
					change(first, f.orgUnitsRate(), (p == null) ? null : p.orgUnitsRate()), f.orgUnitsCovered(),
					f.orgUnitsDenom(), this.targets.org(), "org");
			Standing contract = standing(row, contractUnits(row), contractRanks.get(row.code()),
					change(first, f.contractUnitsRate(), (p == null) ? null : p.contractUnitsRate()),
					f.contractUnitsCovered(), f.contractUnitsDenom(), this.targets.contract(), "contract");
			league.add(new LeagueRow(row.code(), row.name(), true, SubmissionStatus.SUBMITTED, "", org, contract));
		}
		for (Division city : others) {
			Submission s = submissions.get(city.code());
			SubmissionStatus status = (s == null) ? SubmissionStatus.MISSING : s.status();
			league.add(new LeagueRow(city.code(), city.name(), false, status,
					(s == null) ? "" : s.message(), null, null));
		}
		return league;
	}

	private static Standing standing(CoverageRow row, Figure units, Integer rank, PointChange change, long covered,
			long denominator, BigDecimal target, String measure) {
		Rag rag = Rag.of(covered, denominator, target);
		return new Standing(units, (rank == null) ? NO_VALUE : rank.toString(), change, rag.css(), rag.label(),
				needed(covered, denominator, target), key(row.level(), row.code()) + "/" + measure);
	}

	/** Standard competition ranking (1, 2, 2, 4) by the published rate, highest first; no rate, no rank. */
	static Map<String, Integer> ranks(List<CoverageRow> rows, Function<CoverageRow, BigDecimal> rate) {
		List<CoverageRow> rated = rows.stream().filter((r) -> rate.apply(r) != null)
			.sorted(Comparator.comparing(rate, Comparator.reverseOrder()))
			.toList();
		Map<String, Integer> ranks = new HashMap<>();
		for (int i = 0; i < rated.size(); i++) {
			BigDecimal value = rate.apply(rated.get(i));
			boolean tied = i > 0 && value.compareTo(rate.apply(rated.get(i - 1))) == 0;
			ranks.put(rated.get(i).code(), tied ? ranks.get(rated.get(i - 1).code()) : i + 1);
		}
		return ranks;
	}

	private Completeness quality(ReportData data, Map<String, Submission> submissions) {
		Map<String, List<ReportStore.ReasonCount>> reasons = new HashMap<>();
		for (ReportStore.ReasonCount count : data.reasonCounts()) {
			reasons.computeIfAbsent(count.cityCode(), (c) -> new ArrayList<>()).add(count);
		}
		List<QualityRow> rows = new ArrayList<>();
		for (Division city : this.reference.cities()) {
			Submission s = submissions.getOrDefault(city.code(), Submission.missing(city.code(), ""));
			List<ReportStore.ReasonCount> counts = reasons.getOrDefault(city.code(), List.of());
			List<ReasonRow> shown = counts.stream().limit(REASONS_SHOWN)
				.map((c) -> new ReasonRow(c.reason(), reasonMessage(c.reason()), c.count()))
				.toList();
			rows.add(new QualityRow(city.code(), city.name(), s.status(),
					s.organizationsRows(), s.organizationsAccepted(), s.organizationsRows() - s.organizationsAccepted(),
					s.contractsRows(), s.contractsAccepted(), s.contractsRows() - s.contractsAccepted(),
					s.rejectedRows(), s.skippedLines(), shown, counts.size() - shown.size(),
					CsvOutputs.rejectsFile(s), s.message()));
		}
		int submitted = count(rows, SubmissionStatus.SUBMITTED);
		int missing = count(rows, SubmissionStatus.MISSING);
		int rejected = count(rows, SubmissionStatus.REJECTED);
		int withRejects = (int) rows.stream().filter((r) -> r.rejectedRows() > 0).count();
		long rejectedRows = rows.stream().mapToLong(QualityRow::rejectedRows).sum();
		return new Completeness(submitted, missing, rejected, withRejects, Numbers.count(rejectedRows), rows);
	}

	/** Judged only for returns with an upload time; missing cities are already named above. */
	private ReportView.OnTime onTime(ReportData data, Map<String, Submission> submissions) {
		UploadTimes uploads = data.uploads();
		List<Timeliness> judged = new ArrayList<>();
		List<ReportView.LateCity> late = new ArrayList<>();
		List<String> asFiles = new ArrayList<>();
		int sent = 0;
		for (Division city : this.reference.cities()) {
			Submission s = submissions.get(city.code());
			boolean present = s != null && s.status() != SubmissionStatus.MISSING;
			Instant first = uploads.firstUploads().get(city.code());
			if (!present && first == null) {
				continue;
			}
			sent++;
			// A present return or an upload time decides it; the clock is never consulted.
			Timeliness timeliness = Timeliness.of(uploads.deadline(), first, true, uploads.deadline().end());
			judged.add(timeliness);
			if (timeliness == Timeliness.LATE) {
				late.add(new ReportView.LateCity(city.name(), ChinaTime.minutes(first)));
			}
			else if (timeliness == Timeliness.UNKNOWN) {
				asFiles.add(city.name());
			}
		}
		ReportingRate rate = ReportingRate.of(sent, judged, this.reference.cities().size());
		return new ReportView.OnTime(!uploads.firstUploads().isEmpty(), uploads.deadline().label(), rate.onTimeText(),
				late, asFiles);
	}

	private static int count(List<QualityRow> rows, SubmissionStatus status) {
		return (int) rows.stream().filter((r) -> r.status() == status).count();
	}

	private static String reasonMessage(String code) {
		try {
			return Reason.valueOf(code).message();
		}
		catch (IllegalArgumentException ex) {
			return code;
		}
	}

	private Trend trend(ReportData data) {
		List<String> periods = List.copyOf(data.history().keySet());
		List<Map<String, CoverageRow>> byPeriod = periods.stream().map((p) -> byKey(data.history().get(p))).toList();
		List<TrendRow> rows = new ArrayList<>();
		rows.add(trendRow(ReferenceData.PROVINCE_NAME, true, key(Level.PROVINCE, ReferenceData.PROVINCE_CODE),
				byPeriod));
		for (Division city : this.reference.cities()) {
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

	private Expiring expiring(ReportData data) {
		Map<String, List<ExpiringContract>> byCity = new LinkedHashMap<>();
		this.reference.cities().forEach((c) -> byCity.put(c.code(), new ArrayList<>()));
		for (ExpiringContract contract : data.expiring()) {
			byCity.computeIfAbsent(contract.cityCode(), (c) -> new ArrayList<>()).add(contract);
		}
		List<ExpiringCity> cities = new ArrayList<>();
		byCity.forEach((code, contracts) -> {
			if (contracts.isEmpty()) {
				return;
			}
			List<ExpiringRow> shown = contracts.stream().limit(EXPIRING_SHOWN)
				.map((c) -> expiringRow(data, c))
				.toList();
			cities.add(new ExpiringCity(code, cityName(code), contracts.size(), shown,
					contracts.get(0).expiresOn().toString()));
		});
		return new Expiring(data.expiring().size(), EXPIRING_SHOWN, ReportDataLoader.EXPIRY_WINDOW_DAYS,
				data.period().referenceDate().plusDays(ReportDataLoader.EXPIRY_WINDOW_DAYS).toString(), cities);
	}

	private ExpiringRow expiringRow(ReportData data, ExpiringContract c) {
		String first = c.firstEmployerName();
		String employer = (c.coveredEmployers() > 1) ? first + " 等 " + c.coveredEmployers() + " 家" : first;
		String county = c.countyCode().isEmpty() ? "跨区县"
				: this.reference.county(c.cityCode(), c.countyCode()).map(Division::name).orElse(c.countyCode());
		return new ExpiringRow(c.contractId(), c.scope().label(), employer, county,
				c.effectiveFrom().toString(), c.expiresOn().toString(),
				ChronoUnit.DAYS.between(data.period().referenceDate(), c.expiresOn()), c.coveredEmployers(),
				Numbers.count(c.coveredWomenEmployees()));
	}

	private String cityName(String code) {
		return this.reference.city(code).map(Division::name).orElse(code);
	}

	private static Map<String, CoverageRow> byKey(List<CoverageRow> rows) {
		Map<String, CoverageRow> map = new HashMap<>();
		rows.forEach((r) -> map.put(key(r.level(), r.code()), r));
		return map;
	}

	static String key(Level level, String code) {
		return level.code() + "/" + code;
	}

	private static PointChange change(boolean first, BigDecimal now, BigDecimal before) {
		return first ? PointChange.FIRST : PointChange.of(now, before);
	}

	private static String needed(long covered, long denominator, BigDecimal target) {
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

	/** A rate for the compact trend table: {@code 71.9%}, or a dash when undefined. */
	private static String shortPercent(BigDecimal rate) {
		return (rate == null) ? NO_VALUE : Percent.of(rate);
	}


}
