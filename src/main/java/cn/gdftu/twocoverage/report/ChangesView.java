package cn.gdftu.twocoverage.report;

import java.util.List;

import cn.gdftu.twocoverage.report.ReportView.ChartRef;

/**
 * The report's section on what changed since the previous period (SPEC §11), worked out ahead so
 * the template only lays it out: for the province and each city, one sentence per rate whose figures
 * add up to coverage.csv, the province's waterfall, and the changes a person should check.
 */
record ChangesView(boolean first, String previousLabel, Explained province, List<Explained> cities, ChartRef chart,
		List<Flag> flags, String thresholds) {

	/** A place's movement: with what it is compared, and a sentence per rate (or why there is none). */
	record Explained(String code, String name, String comparedWith, List<String> sentences) {
	}

	/** One unusual change: where, what kind, about whom, and the figures. */
	record Flag(String city, String kind, String subject, String detail) {
	}
}
