package cn.gdftu.twocoverage.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.gdftu.twocoverage.coverage.CoverageRow;
import cn.gdftu.twocoverage.coverage.Figures;
import cn.gdftu.twocoverage.coverage.Level;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;
import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.report.ReportView.Figure;
import cn.gdftu.twocoverage.report.ReportView.LeagueRow;
import cn.gdftu.twocoverage.report.ReportView.Standing;

import static cn.gdftu.twocoverage.report.ReportModel.NO_VALUE;
import static cn.gdftu.twocoverage.report.ReportModel.change;
import static cn.gdftu.twocoverage.report.ReportModel.contractUnits;
import static cn.gdftu.twocoverage.report.ReportModel.key;
import static cn.gdftu.twocoverage.report.ReportModel.needed;
import static cn.gdftu.twocoverage.report.ReportModel.orgUnits;

/** The city league table of index.html: the province's row first, then the cities by rate with their ranks. */
final class LeagueSection {

	private LeagueSection() {
	}

	/** The province's line at the head of the league table: no rank, the same figures as the headline. */
	static LeagueRow provinceRow(ReportData data, ReportTargets targets, Map<String, CoverageRow> now,
			Map<String, CoverageRow> before) {
		String key = key(Level.PROVINCE, ReferenceData.PROVINCE_CODE);
		CoverageRow row = now.get(key);
		Figures f = row.figures();
		Figures p = before.containsKey(key) ? before.get(key).figures() : null;
		boolean first = data.previousPeriod() == null;
		Standing org = standing(row, orgUnits(row), null,
				change(first, f.orgUnitsRate(), (p == null) ? null : p.orgUnitsRate()), f.orgUnitsCovered(),
				f.orgUnitsDenom(), targets.org(), "org");
		Standing contract = standing(row, contractUnits(row), null,
				change(first, f.contractUnitsRate(), (p == null) ? null : p.contractUnitsRate()),
				f.contractUnitsCovered(), f.contractUnitsDenom(), targets.contract(), "contract");
		return new LeagueRow(row.code(), ReferenceData.PROVINCE_NAME, true, null, "", org, contract);
	}

	static List<LeagueRow> of(ReportData data, ReferenceData reference, ReportTargets targets,
			Map<String, CoverageRow> now, Map<String, CoverageRow> before, Map<String, Submission> submissions) {
		boolean first = data.previousPeriod() == null;
		List<CoverageRow> included = new ArrayList<>();
		List<Division> others = new ArrayList<>();
		for (Division city : reference.cities()) {
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
					f.orgUnitsDenom(), targets.org(), "org");
			Standing contract = standing(row, contractUnits(row), contractRanks.get(row.code()),
					change(first, f.contractUnitsRate(), (p == null) ? null : p.contractUnitsRate()),
					f.contractUnitsCovered(), f.contractUnitsDenom(), targets.contract(), "contract");
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

}
