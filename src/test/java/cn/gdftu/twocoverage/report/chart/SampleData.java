package cn.gdftu.twocoverage.report.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jfree.chart.JFreeChart;

import cn.gdftu.twocoverage.ingest.Scope;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;

/** Realistic inputs for every chart kind, built from the reference files (fixed seed). */
final class SampleData {

	static final YearMonth PERIOD = YearMonth.of(2026, 10);
	static final BigDecimal ORG_TARGET = new BigDecimal("0.95");
	static final BigDecimal CONTRACT_TARGET = new BigDecimal("0.90");

	private SampleData() {
	}

	/** Rows of a reference CSV as its first two columns (code, Chinese name), header skipped. */
	static List<String[]> reference(String file) {
		try (InputStream in = SampleData.class.getResourceAsStream("/reference/" + file)) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			List<String[]> rows = new ArrayList<>();
			String[] lines = text.split("\r?\n");
			for (int i = 1; i < lines.length; i++) {
				if (!lines[i].isBlank()) {
					String[] cells = lines[i].split(",", -1);
					rows.add(cells);
				}
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> cities() {
		return reference("guangdong-divisions.csv").stream().filter(r -> r[3].equals("city")).map(r -> r[1]).toList();
	}

	static List<String> counties(String cityName) {
		List<String[]> rows = reference("guangdong-divisions.csv");
		String code = rows.stream().filter(r -> r[1].equals(cityName)).findFirst().orElseThrow()[0];
		return rows.stream().filter(r -> r[4].equals(code)).map(r -> r[1]).toList();
	}

	static List<String> industries() {
		return reference("industries.csv").stream().map(r -> r[1]).toList();
	}

	static List<String> ownerships() {
		return reference("ownership.csv").stream().map(r -> r[1]).toList();
	}

	/** A rate of 4 places, as coverage.csv has it. */
	private static BigDecimal rate(Random random) {
		return BigDecimal.valueOf(Math.round((0.55 + random.nextDouble() * 0.44) * 10000), 4);
	}

	static List<RateBar> cityBars(Coverage coverage) {
		Random random = new Random(coverage.ordinal() + 1);
		List<RateBar> bars = new ArrayList<>();
		for (String city : cities()) {
			bars.add(new RateBar(city, city.equals("潮州市") ? null : rate(random)));
		}
		return bars;
	}

	static List<RatePoint> cityPoints() {
		List<RateBar> org = cityBars(Coverage.ORGANISATION);
		List<RateBar> contract = cityBars(Coverage.CONTRACT);
		List<RatePoint> points = new ArrayList<>();
		for (int i = 0; i < org.size(); i++) {
			points.add(new RatePoint(org.get(i).name(), org.get(i).rate(), contract.get(i).rate()));
		}
		return points;
	}

	/** Cities bunched close to the targets, the hard case for the labels. */
	static List<RatePoint> crowdedPoints() {
		Random random = new Random(5);
		List<RatePoint> points = new ArrayList<>();
		for (String city : cities()) {
			points.add(new RatePoint(city, BigDecimal.valueOf(0.86 + random.nextDouble() * 0.13),
					BigDecimal.valueOf(0.83 + random.nextDouble() * 0.14)));
		}
		return points;
	}

	static List<PairedRate> paired(List<String> names, long seed) {
		Random random = new Random(seed);
		List<PairedRate> rates = new ArrayList<>();
		for (String name : names) {
			boolean empty = name.equals("国际组织");
			rates.add(new PairedRate(name, empty ? null : rate(random), empty ? null : rate(random)));
		}
		return rates;
	}

	static List<TrendPoint> trend() {
		double[] org = { 0.8712, 0.8790, 0.8845, Double.NaN, 0.9013, 0.9087 };
		double[] contract = { 0.7934, 0.8021, 0.8102, 0.8150, 0.8233, 0.8319 };
		return trend(PERIOD.minusMonths(org.length - 1), org, contract);
	}

	/** Consecutive months from the first; NaN stands for a null rate. */
	static List<TrendPoint> trend(YearMonth first, double[] org, double[] contract) {
		List<TrendPoint> points = new ArrayList<>();
		for (int i = 0; i < org.length; i++) {
			points.add(new TrendPoint(first.plusMonths(i), Double.isNaN(org[i]) ? null : BigDecimal.valueOf(org[i]),
					Double.isNaN(contract[i]) ? null : BigDecimal.valueOf(contract[i])));
		}
		return points;
	}

	static List<CityStatus> completeness() {
		Random random = new Random(7);
		List<CityStatus> statuses = new ArrayList<>();
		for (String city : cities()) {
			if (city.equals("潮州市")) {
				statuses.add(new CityStatus(city, SubmissionStatus.REJECTED, 0, 0));
			}
			else if (city.equals("汕尾市")) {
				statuses.add(new CityStatus(city, SubmissionStatus.MISSING, 0, 0));
			}
			else {
				int accepted = 800 + random.nextInt(12000);
				int rejected = random.nextInt(4) == 0 ? 0 : random.nextInt(400);
				statuses.add(new CityStatus(city, SubmissionStatus.SUBMITTED, accepted, rejected));
			}
		}
		return statuses;
	}

	static List<ScopeCount> scopes() {
		return List.of(new ScopeCount(Scope.ENTERPRISE, 18342, 18342),
				new ScopeCount(Scope.REGIONAL, 1265, 40873),
				new ScopeCount(Scope.INDUSTRY, 388, 15214));
	}

	/** One chart of each kind, keyed by a file base name. */
	static Map<String, JFreeChart> all() {
		Map<String, JFreeChart> charts = new LinkedHashMap<>();
		int included = 19;
		charts.put("ranking-org", CoverageCharts.rankingChart(
				ChartHeading.of("各市女职工组织覆盖率", PERIOD, included), Coverage.ORGANISATION,
				cityBars(Coverage.ORGANISATION), ORG_TARGET, new BigDecimal("0.8731")));
		charts.put("ranking-contract", CoverageCharts.rankingChart(
				ChartHeading.of("各市女职工权益保护专项集体合同覆盖率", PERIOD, included), Coverage.CONTRACT,
				cityBars(Coverage.CONTRACT), CONTRACT_TARGET, new BigDecimal("0.8126")));
		charts.put("scatter", CoverageCharts.scatterChart(ChartHeading.of("各市两个覆盖率分布", PERIOD, included),
				cityPoints(), ORG_TARGET, CONTRACT_TARGET));
		charts.put("scatter-crowded", CoverageCharts.scatterChart(ChartHeading.of("各市两个覆盖率分布", PERIOD, 21),
				crowdedPoints(), ORG_TARGET, CONTRACT_TARGET));
		charts.put("trend", CoverageCharts.trendChart(ChartHeading.of("全省两个覆盖率走势", PERIOD, included), trend(),
				ORG_TARGET, CONTRACT_TARGET));
		charts.put("trend-12", CoverageCharts.trendChart(ChartHeading.of("全省两个覆盖率走势（近12个月）", PERIOD, included),
				trend(PERIOD.minusMonths(11), new double[] { 0.80, 0.81, 0.83, 0.82, 0.84, 0.86, 0.87, 0.88, 0.8845, 0.89, 0.90, 0.9087 },
						new double[] { 0.70, 0.72, 0.73, 0.75, 0.76, 0.78, 0.79, 0.80, 0.81, 0.815, 0.823, 0.8319 }),
				ORG_TARGET, CONTRACT_TARGET));
		charts.put("industry", CoverageCharts.pairedBarChart(
				ChartHeading.of("分行业两个覆盖率", PERIOD, included), paired(industries(), 11)));
		charts.put("ownership", CoverageCharts.pairedBarChart(
				ChartHeading.of("分经济类型两个覆盖率", PERIOD, included), paired(ownerships(), 12)));
		charts.put("counties-guangzhou", CoverageCharts.pairedBarChart(
				new ChartHeading("广州市各区两个覆盖率", ChartHeading.periodLine(PERIOD, included).replaceAll(" · .*", ""),
						ChartHeading.SOURCE),
				paired(counties("广州市"), 13)));
		List<String> twelve = new ArrayList<>(counties("广州市"));
		twelve.add("某新区");
		charts.put("paired-12", CoverageCharts.pairedBarChart(
				new ChartHeading("十二项分组（最多的分组条形）", "2026年10月", ChartHeading.SOURCE), paired(twelve, 14)));
		charts.put("completeness", CoverageCharts.completenessChart(
				ChartHeading.of("各市报送情况", PERIOD, included), completeness()));
		charts.put("scope-split", CoverageCharts.scopeSplitChart(
				ChartHeading.of("专项集体合同签订形式", PERIOD, included), scopes()));
		return charts;
	}
}
