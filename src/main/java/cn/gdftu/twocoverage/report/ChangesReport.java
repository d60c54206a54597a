package cn.gdftu.twocoverage.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gdftu.twocoverage.Numbers;
import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.changes.ChangeThresholds;
import cn.gdftu.twocoverage.changes.CityChange;
import cn.gdftu.twocoverage.changes.Movement;
import cn.gdftu.twocoverage.changes.PeriodChanges;
import cn.gdftu.twocoverage.changes.ProvinceMovement;
import cn.gdftu.twocoverage.changes.RosterJump;
import cn.gdftu.twocoverage.changes.UnusualUnion;
import cn.gdftu.twocoverage.changes.VanishedContract;
import cn.gdftu.twocoverage.coverage.CoverageRow;
import cn.gdftu.twocoverage.coverage.Figures;
import cn.gdftu.twocoverage.coverage.Level;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.report.ChangesView.Explained;
import cn.gdftu.twocoverage.report.ChangesView.Flag;
import cn.gdftu.twocoverage.report.MovementSentence.Part;
import cn.gdftu.twocoverage.report.ReportView.ChartRef;
import cn.gdftu.twocoverage.report.chart.ChartHeading;
import cn.gdftu.twocoverage.report.chart.ChartWriter;
import cn.gdftu.twocoverage.report.chart.CoverageCharts;
import cn.gdftu.twocoverage.report.chart.MovementStep;

/**
 * The report's part of SPEC §11: changes.csv, the province's contract-movement waterfall, and the
 * section's sentences and flags. A city is explained against its own previous submitted period; the
 * province against the previous stored period, as coverage.csv compares it, with whole cities that
 * entered or left the province's figures as their own steps, so every sentence adds up to the rates.
 */
final class ChangesReport {

	static final String CHART = "contract-movement";

	static final String CHART_TITLE = "全省专项集体合同覆盖变动（按基层工会个数）";

	static final String ORG_RATE = "女职工组织覆盖率";

	static final String CONTRACT_RATE = "专项集体合同覆盖率";

	private ChangesReport() {
	}

	/** Writes changes.csv and the waterfall into {@code folder}; returns what the page shows. */
	static ChangesView write(ReportData data, PeriodChanges changes, Path folder) throws IOException {
		ChangesCsv.write(changes, folder);
		Province province = Province.of(data, changes);
		ChartHeading heading = ChartHeading.of(CHART_TITLE, data.period().month(), (int) data.submittedCities());
		ChartWriter.write(CoverageCharts.movementChart(heading, province.steps()),
				folder.resolve(ReportCharts.DIRECTORY), CHART);
		ChartRef chart = new ChartRef(CHART, CHART_TITLE, ReportCharts.DIRECTORY + "/" + CHART + ".png",
				ReportCharts.DIRECTORY + "/" + CHART + ".svg");
		List<Explained> cities = changes.cities().stream().map((c) -> city(c, changes)).toList();
		return new ChangesView(changes.first(), label(changes.previousPeriod()), province.explained(), cities, chart,
				flags(changes), thresholds(changes.thresholds()));
	}

	private static Explained city(CityChange city, PeriodChanges changes) {
		Movement m = city.movement();
		if (m == null) {
			String why = switch (city.status()) {
				case SUBMITTED -> "此前没有报送过，本期为首次报送，没有可比较的月份。";
				case REJECTED -> "本期报送被整份退回，不作比较。";
				default -> "本期未报送，不作比较。";
			};
			return new Explained(city.cityCode(), city.name(), "", List.of(why));
		}
		String compared = city.previousPeriod().equals(changes.previousPeriod())
				? "与" + label(city.previousPeriod()) + "相比"
				: label(changes.previousPeriod()) + "未报送，与最近一次报送的" + label(city.previousPeriod()) + "相比";
		return new Explained(city.cityCode(), city.name(), compared,
				List.of(org(m, List.of()).text(), contract(m, List.of()).text()));
	}

	static MovementSentence org(Movement m, List<Part> cities) {
		return org(m, cities, m.orgUnitsCoveredPrevious(), m.orgUnitsCoveredCurrent(), m.orgUnitsDenomPrevious(),
				m.orgUnitsDenomCurrent());
	}

	static MovementSentence org(Movement m, List<Part> cities, long coveredBefore, long coveredNow,
			long countedBefore, long countedNow) {
		return new MovementSentence(ORG_RATE, "新达标", "不再达标", "有女会员的基层工会", coveredBefore, coveredNow,
				countedBefore, countedNow, m.orgNewlyCovered() + m.orgCoveredAdded(), m.orgCoveredAdded(),
				List.of(new Part("女职工组织不再符合要求", m.orgNoLongerCovered()),
						new Part("工会退出台账", m.orgCoveredRemoved())),
				cities);
	}

	static MovementSentence contract(Movement m, List<Part> cities) {
		return contract(m, cities, m.contractUnitsCoveredPrevious(), m.contractUnitsCoveredCurrent(),
				m.contractUnitsDenomPrevious(), m.contractUnitsDenomCurrent());
	}

	static MovementSentence contract(Movement m, List<Part> cities, long coveredBefore, long coveredNow,
			long countedBefore, long countedNow) {
		return new MovementSentence(CONTRACT_RATE, "新覆盖", "不再覆盖", "有女职工的基层工会", coveredBefore, coveredNow,
				countedBefore, countedNow, m.contractNewlyCovered() + m.contractCoveredAdded(), m.contractCoveredAdded(),
				List.of(new Part("合同到期未续签", m.contractLapsed()),
						new Part("合同未到期而不再覆盖", m.contractNoLongerCovered() - m.contractLapsed()),
						new Part("工会退出台账", m.contractCoveredRemoved())),
				cities);
	}

	/**
	 * The province against the previous stored period: the cities compared with that same period,
	 * plus the cities that entered the province's figures (submitted now, not then) and minus those
	 * that left them (submitted then, not now).
	 */
	private record Province(Explained explained, List<MovementStep> steps) {

		static Province of(ReportData data, PeriodChanges changes) {
			Figures now = figures(data.coverage(), Level.PROVINCE, null);
			if (changes.first()) {
				return new Province(new Explained(ReferenceData.PROVINCE_CODE, "全省", "",
						List.of("这是库中最早的统计期，没有可比较的月份。")),
						List.of(MovementStep.total("本期已覆盖", now.contractUnitsCovered())));
			}
			Figures before = figures(data.previous(), Level.PROVINCE, null);
			ProvinceMovement movement = ProvinceMovement.of(changes, data.coverage(), data.previous());
			Movement comparable = movement.compared();
			List<String> entering = movement.entering();
			List<String> leaving = movement.leaving();
			Figures entered = movement.entered();
			Figures left = movement.left();
			int compared = movement.comparedCities();
			List<Part> orgCities = new ArrayList<>();
			List<Part> contractCities = new ArrayList<>();
			if (!entering.isEmpty()) {
				String label = "本期新计入" + String.join("、", entering);
				orgCities.add(new Part(label, entered.orgUnitsCovered()));
				contractCities.add(new Part(label, entered.contractUnitsCovered()));
			}
			if (!leaving.isEmpty()) {
				String label = "本期未计入" + String.join("、", leaving);
				orgCities.add(new Part(label, -left.orgUnitsCovered()));
				contractCities.add(new Part(label, -left.contractUnitsCovered()));
			}
			MovementSentence org = org(comparable, orgCities, before.orgUnitsCovered(), now.orgUnitsCovered(),
					before.orgUnitsDenom(), now.orgUnitsDenom());
			MovementSentence contract = contract(comparable, contractCities, before.contractUnitsCovered(),
					now.contractUnitsCovered(), before.contractUnitsDenom(), now.contractUnitsDenom());
			String with = "与" + label(changes.previousPeriod()) + "相比，两期都报送的 " + compared + " 个市逐家比较";
			List<MovementStep> steps = List.of(
					MovementStep.total(label(changes.previousPeriod()) + "已覆盖", before.contractUnitsCovered()),
					MovementStep.step("原有工会新覆盖", comparable.contractNewlyCovered()),
					MovementStep.step("新建工会已覆盖", comparable.contractCoveredAdded()),
					MovementStep.step("合同到期未续签", -comparable.contractLapsed()),
					MovementStep.step("合同未到期而不再覆盖", -(comparable.contractNoLongerCovered() - comparable.contractLapsed())),
					MovementStep.step("工会退出台账", -comparable.contractCoveredRemoved()),
					MovementStep.step("新计入的市", entered.contractUnitsCovered()),
					MovementStep.step("未计入的市", -left.contractUnitsCovered()),
					MovementStep.total("本期已覆盖", now.contractUnitsCovered()));
			return new Province(new Explained(ReferenceData.PROVINCE_CODE, "全省", with, List.of(org.text(), contract.text())), steps);
		}

		private static Figures figures(List<CoverageRow> rows, Level level, String code) {
			return rows.stream()
				.filter((r) -> r.level() == level && (code == null || code.equals(r.code())))
				.map(CoverageRow::figures)
				.findFirst()
				.orElse(Figures.NONE);
		}
	}

	private static List<Flag> flags(PeriodChanges changes) {
		Map<String, String> names = new HashMap<>();
		changes.cities().forEach((c) -> names.put(c.cityCode(), c.name()));
		ChangeThresholds t = changes.thresholds();
		List<Flag> flags = new ArrayList<>();
		String share = percent(t.rosterChange());
		for (RosterJump jump : changes.rosterJumps()) {
			long diff = jump.unionsCurrent() - jump.unionsPrevious();
			String kind = (diff > 0 ? "基层工会数增加超过 " : "基层工会数减少超过 ") + share;
			flags.add(new Flag(names.get(jump.cityCode()), kind, "基层工会台账",
					label(jump.previousPeriod()) + " " + Numbers.count(jump.unionsPrevious()) + " 家 → 本期 "
							+ Numbers.count(jump.unionsCurrent()) + " 家"
							+ ((jump.unionsPrevious() > 0) ? "（" + signedPercent(diff, jump.unionsPrevious()) + "）" : "")
							+ "，请核实是否漏报、重复报送或错报了月份"));
		}
		for (UnusualUnion u : changes.unusualUnions()) {
			String subject = u.employerName() + "（" + u.employerId() + "）";
			List<String> what = new ArrayList<>();
			if (u.employeesJump()) {
				what.add("职工人数 " + u.employeesPrevious() + " → " + u.employeesCurrent());
			}
			if (u.womenEmployeesJump()) {
				what.add("女职工人数 " + u.womenEmployeesPrevious() + " → " + u.womenEmployeesCurrent());
			}
			if (u.womenMembersJump()) {
				what.add("女会员人数 " + u.womenMembersPrevious() + " → " + u.womenMembersCurrent());
			}
			if (!what.isEmpty()) {
				flags.add(new Flag(names.get(u.cityCode()), "人数变化超过 " + t.headCountFactor() + " 倍", subject,
						String.join("；", what) + "，请核实是否多填或少填了位数"));
			}
			if (u.committeeDropped()) {
				flags.add(new Flag(names.get(u.cityCode()), "女职工委员会不再填报", subject,
						"上期为女职工委员会，本期为“无”，女会员 " + u.womenMembersCurrent() + " 人（" + t.committeeWomenMembers()
								+ " 人及以上须设委员会），请核实"));
			}
		}
		for (VanishedContract c : changes.vanishedContracts()) {
			String still = (c.employersStillListed() == c.employers()) ? "均仍在台账"
					: "仍在台账 " + c.employersStillListed() + " 家";
			flags.add(new Flag(names.get(c.cityCode()), "合同未到期即不再报送", c.contractId(),
					"有效期 " + c.effectiveFrom() + " 至 " + c.expiresOn() + "，上期覆盖 " + c.employers() + " 家（"
							+ still + "），如" + ((c.firstEmployer() == null) ? "" : c.firstEmployer())
							+ "，请核实合同是否解除或漏报"));
		}
		return flags;
	}

	private static String thresholds(ChangeThresholds t) {
		return "基层工会数增减超过 " + percent(t.rosterChange()) + "；职工、女职工或女会员人数变化超过 " + t.headCountFactor()
				+ " 倍（两期都不为 0）；上期有女职工委员会、本期填“无”且女会员 " + t.committeeWomenMembers()
				+ " 人及以上；上期有效的合同在本期统计日仍未到期，本期却不再报送。";
	}

	static String label(String period) {
		return (period == null) ? "" : Period.parse(period).chineseLabel();
	}

	private static String percent(BigDecimal fraction) {
		return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
	}

	private static String signedPercent(long diff, long base) {
		BigDecimal share = BigDecimal.valueOf(diff).movePointRight(2).divide(BigDecimal.valueOf(base), 1,
				RoundingMode.HALF_UP);
		return (share.signum() > 0 ? "+" : "") + share.toPlainString() + "%";
	}
}
