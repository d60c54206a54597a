package cn.gdftu.twocoverage.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.jfree.chart.JFreeChart;

import cn.gdftu.twocoverage.coverage.CoverageRow;
import cn.gdftu.twocoverage.coverage.Figures;
import cn.gdftu.twocoverage.coverage.Level;
import cn.gdftu.twocoverage.ingest.Scope;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;
import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.report.ReportView.ChartRef;
import cn.gdftu.twocoverage.report.chart.ChartHeading;
import cn.gdftu.twocoverage.report.chart.ChartWriter;
import cn.gdftu.twocoverage.report.chart.CityStatus;
import cn.gdftu.twocoverage.report.chart.Coverage;
import cn.gdftu.twocoverage.report.chart.CoverageCharts;
import cn.gdftu.twocoverage.report.chart.PairedRate;
import cn.gdftu.twocoverage.report.chart.RateBar;
import cn.gdftu.twocoverage.report.chart.RatePoint;
import cn.gdftu.twocoverage.report.chart.ScopeCount;
import cn.gdftu.twocoverage.report.chart.TrendPoint;

/**
 * The charts of a period's report, drawn with {@link CoverageCharts} and written as PNG and SVG into
 * {@code charts/}. Charts are drawn, both as PNG and as SVG, on a few threads. Each chart depends on its data only, so
 * the files are the same whatever the order they are drawn in.
 */
final class ReportCharts {

	static final String RANKING_ORG = "city-ranking-org";

	static final String RANKING_CONTRACT = "city-ranking-contract";

	static final String SCATTER = "city-scatter";

	static final String TREND = "province-trend";

	static final String COMPLETENESS = "completeness";

	static final String INDUSTRY = "industry";

	static final String OWNERSHIP = "ownership";

	static final String SCOPE = "contract-scope";

	static final String DIRECTORY = "charts";

	private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

	private final ReferenceData reference;

	private final ReportTargets targets;

	ReportCharts(ReferenceData reference, ReportTargets targets) {
		this.reference = reference;
		this.targets = targets;
	}

	static String countyChart(String cityCode) {
		return "county-" + cityCode;
	}

	/**
	 * Starts drawing every chart of the period into {@code folder/charts/} on a few threads of its own and
	 * returns at once: the charts by name, in page order (their file names are known before they are
	 * drawn), and the drawing to wait for. The page and the documents need only the names, so they are
	 * written while the charts are drawn; the deck waits for the files.
	 */
	Drawing start(ReportData data, Path folder) {
		List<Spec> specs = specs(data);
		Path dir = folder.resolve(DIRECTORY);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS, (task) -> {
			Thread thread = new Thread(task, "report-chart");
			thread.setDaemon(true);
			return thread;
		});
		CompletableFuture<?>[] drawn = specs.stream()
			.map((spec) -> CompletableFuture.runAsync(() -> ChartWriter.write(spec.chart(), dir, spec.name()), pool))
			.toArray(CompletableFuture[]::new);
		CompletableFuture<Void> done = CompletableFuture.allOf(drawn).whenComplete((ignored, failure) -> pool.shutdown());
		Map<String, ChartRef> refs = new LinkedHashMap<>();
		for (Spec spec : specs) {
			refs.put(spec.name(), new ChartRef(spec.name(), spec.title(), DIRECTORY + "/" + spec.name() + ".png",
					DIRECTORY + "/" + spec.name() + ".svg"));
		}
		return new Drawing(refs, done);
	}

	/** The charts being drawn: their references, and the drawing (done when every file is written). */
	record Drawing(Map<String, ChartRef> refs, CompletableFuture<Void> done) {
	}

	/** What to draw; the charts themselves are built on the drawing threads. */
	List<Spec> specs(ReportData data) {
		YearMonth period = data.period().month();
		int included = (int) data.submittedCities();
		Map<String, CoverageRow> cities = new HashMap<>();
		CoverageRow province = null;
		for (CoverageRow row : data.coverage()) {
			if (row.level() == Level.CITY) {
				cities.put(row.code(), row);
			}
			else if (row.level() == Level.PROVINCE) {
				province = row;
			}
		}
		Figures all = (province == null) ? Figures.NONE : province.figures();
		List<Spec> specs = new ArrayList<>();
		specs.add(new Spec(RANKING_ORG, "各市女职工组织覆盖率", period, included,
				(h) -> CoverageCharts.rankingChart(h, Coverage.ORGANISATION,
						bars(cities, (f) -> f.orgUnitsRate()), this.targets.org(),
						all.orgUnitsRate())));
		specs.add(new Spec(RANKING_CONTRACT, "各市专项集体合同覆盖率", period, included,
				(h) -> CoverageCharts.rankingChart(h, Coverage.CONTRACT,
						bars(cities, (f) -> f.contractUnitsRate()), this.targets.contract(),
						all.contractUnitsRate())));
		specs.add(new Spec(SCATTER, "各市两个覆盖率分布", period, included,
				(h) -> CoverageCharts.scatterChart(h, points(cities), this.targets.org(),
						this.targets.contract())));
		specs.add(new Spec(TREND, "全省两个覆盖率走势", period, included,
				(h) -> CoverageCharts.trendChart(h, trend(data), this.targets.org(),
						this.targets.contract())));
		specs.add(new Spec(COMPLETENESS, "各市报送情况", period, included,
				(h) -> CoverageCharts.completenessChart(h, statuses(data))));
		specs.add(new Spec(INDUSTRY, "分行业两个覆盖率", period, included,
				(h) -> CoverageCharts.pairedBarChart(h, paired(data, Level.INDUSTRY, null))));
		specs.add(new Spec(OWNERSHIP, "分经济类型两个覆盖率", period, included,
				(h) -> CoverageCharts.pairedBarChart(h, paired(data, Level.OWNERSHIP, null))));
		specs.add(new Spec(SCOPE, "在有效期内的专项集体合同：签订形式", period, included,
				(h) -> CoverageCharts.scopeSplitChart(h, scopes(data))));
		for (Submission s : data.submissions()) {
			if (s.status() == SubmissionStatus.SUBMITTED && cities.containsKey(s.cityCode())) {
				specs.add(countySpec(data, s.cityCode(), province, included));
			}
		}
		return specs;
	}

	/**
	 * A city's counties. Dongguan and Zhongshan have none (their one county is the city itself): one
	 * pair of bars would say nothing, so they are shown beside the province instead.
	 */
	private Spec countySpec(ReportData data, String city, CoverageRow province, int included) {
		YearMonth period = data.period().month();
		List<PairedRate> counties = paired(data, Level.COUNTY, city);
		boolean noCounties = this.reference.countiesOf(city).stream().allMatch((c) -> c.code().equals(city));
		if (noCounties && province != null) {
			List<PairedRate> withProvince = new ArrayList<>(counties);
			withProvince.add(new PairedRate("全省", province.figures().orgUnitsRate(),
					province.figures().contractUnitsRate()));
			return new Spec(countyChart(city), cityName(city) + "两个覆盖率（不设区县，与全省对比）", period, included,
					(h) -> CoverageCharts.pairedBarChart(h, withProvince));
		}
		return new Spec(countyChart(city), cityName(city) + "各区县两个覆盖率", period, included,
				(h) -> CoverageCharts.pairedBarChart(h, counties));
	}

	private List<RateBar> bars(Map<String, CoverageRow> cities, Function<Figures, BigDecimal> rate) {
		List<RateBar> bars = new ArrayList<>();
		for (Division city : this.reference.cities()) {
			CoverageRow row = cities.get(city.code());
			bars.add(new RateBar(city.name(), (row == null) ? null : rate.apply(row.figures())));
		}
		return bars;
	}

	private List<RatePoint> points(Map<String, CoverageRow> cities) {
		List<RatePoint> points = new ArrayList<>();
		for (Division city : this.reference.cities()) {
			CoverageRow row = cities.get(city.code());
			Figures f = (row == null) ? Figures.NONE : row.figures();
			points.add(new RatePoint(city.name(), f.orgUnitsRate(), f.contractUnitsRate()));
		}
		return points;
	}

	private static List<TrendPoint> trend(ReportData data) {
		List<TrendPoint> points = new ArrayList<>();
		data.history().forEach((period, rows) -> rows.stream()
			.filter((r) -> r.level() == Level.PROVINCE)
			.findFirst()
			.ifPresent((r) -> points.add(new TrendPoint(YearMonth.parse(period), r.figures().orgUnitsRate(),
					r.figures().contractUnitsRate()))));
		return points;
	}

	private List<CityStatus> statuses(ReportData data) {
		Map<String, Submission> byCity = new HashMap<>();
		data.submissions().forEach((s) -> byCity.put(s.cityCode(), s));
		List<CityStatus> statuses = new ArrayList<>();
		for (Division city : this.reference.cities()) {
			Submission s = byCity.getOrDefault(city.code(), Submission.missing(city.code(), ""));
			statuses.add(new CityStatus(city.name(), s.status(),
					s.organizationsAccepted() + s.contractsAccepted(), s.rejectedRows()));
		}
		return statuses;
	}

	private static List<PairedRate> paired(ReportData data, Level level, String parent) {
		return data.coverage().stream()
			.filter((r) -> r.level() == level && (parent == null || parent.equals(r.parentCode())))
			.map((r) -> new PairedRate(r.name(), r.figures().orgUnitsRate(),
					r.figures().contractUnitsRate()))
			.toList();
	}

	private static List<ScopeCount> scopes(ReportData data) {
		Map<Scope, ReportStore.ScopeCount> counts = new EnumMap<>(Scope.class);
		data.scopeCounts().forEach((c) -> counts.put(c.scope(), c));
		List<ScopeCount> scopes = new ArrayList<>();
		for (Scope scope : Scope.values()) {
			ReportStore.ScopeCount count = counts.get(scope);
			scopes.add(new ScopeCount(scope, (count == null) ? 0 : count.contracts(),
					(count == null) ? 0 : count.unions()));
		}
		return scopes;
	}

	private String cityName(String code) {
		return this.reference.city(code).map(Division::name).orElse(code);
	}

	/** One chart: its file name, its title, and how to build it under its heading. */
	record Spec(String name, String title, YearMonth period, int included, Function<ChartHeading, JFreeChart> build) {

		JFreeChart chart() {
			return this.build.apply(ChartHeading.of(this.title, this.period, this.included));
		}
	}
}
