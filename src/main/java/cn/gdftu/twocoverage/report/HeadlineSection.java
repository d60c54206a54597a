package cn.gdftu.twocoverage.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gdftu.twocoverage.coverage.CoverageRow;
import cn.gdftu.twocoverage.coverage.Figures;
import cn.gdftu.twocoverage.coverage.Level;
import cn.gdftu.twocoverage.coverage.Rate;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;
import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.report.ReportView.Headline;
import cn.gdftu.twocoverage.report.ReportView.LeagueRow;
import cn.gdftu.twocoverage.report.ReportView.Side;

import static cn.gdftu.twocoverage.report.ReportModel.change;
import static cn.gdftu.twocoverage.report.ReportModel.contractPeople;
import static cn.gdftu.twocoverage.report.ReportModel.contractUnits;
import static cn.gdftu.twocoverage.report.ReportModel.key;
import static cn.gdftu.twocoverage.report.ReportModel.needed;
import static cn.gdftu.twocoverage.report.ReportModel.orgPeople;
import static cn.gdftu.twocoverage.report.ReportModel.orgUnits;

/** The headline of index.html: the province's two rates against target, and who reported. */
final class HeadlineSection {

	private HeadlineSection() {
	}

	static Headline of(ReportData data, ReferenceData reference, ReportTargets targets, Map<String, CoverageRow> now,
			Map<String, CoverageRow> before, Map<String, Submission> submissions, List<LeagueRow> league) {
		String key = key(Level.PROVINCE, ReferenceData.PROVINCE_CODE);
		CoverageRow province = now.get(key);
		CoverageRow previous = before.get(key);
		boolean first = data.previousPeriod() == null;
		Figures f = province.figures();
		Figures p = (previous == null) ? null : previous.figures();
		Side org = new Side("女职工组织覆盖率", "个基层工会", "名女会员", orgUnits(province), orgPeople(province),
				change(first, f.orgUnitsRate(), (p == null) ? null : p.orgUnitsRate()),
				change(first, f.orgPeopleRate(), (p == null) ? null : p.orgPeopleRate()),
				Rate.target(targets.org()), Rag.of(f.orgUnitsCovered(), f.orgUnitsDenom(), targets.org()).css(),
				Rag.of(f.orgUnitsCovered(), f.orgUnitsDenom(), targets.org()).label(),
				needed(f.orgUnitsCovered(), f.orgUnitsDenom(), targets.org()));
		Side contract = new Side("专项集体合同覆盖率", "个基层工会", "名女职工", contractUnits(province),
				contractPeople(province),
				change(first, f.contractUnitsRate(), (p == null) ? null : p.contractUnitsRate()),
				change(first, f.contractPeopleRate(), (p == null) ? null : p.contractPeopleRate()),
				Rate.target(targets.contract()),
				Rag.of(f.contractUnitsCovered(), f.contractUnitsDenom(), targets.contract()).css(),
				Rag.of(f.contractUnitsCovered(), f.contractUnitsDenom(), targets.contract()).label(),
				needed(f.contractUnitsCovered(), f.contractUnitsDenom(), targets.contract()));
		List<String> missing = new ArrayList<>();
		List<String> rejected = new ArrayList<>();
		for (Division city : reference.cities()) {
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
		return new Headline(org, contract, data.submittedCities(), reference.cities().size(), missing, rejected,
				orgMet, contractMet);
	}

}
