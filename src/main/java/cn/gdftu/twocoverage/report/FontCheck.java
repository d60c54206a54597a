package cn.gdftu.twocoverage.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import cn.gdftu.twocoverage.coverage.CoverageRow;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.report.chart.ChartFonts;

/**
 * The characters of a period's data that the bundled font cannot draw: they would be boxes in the
 * charts and slides, and fall back to a system font (or a box) in the page. The job names them, so
 * that someone widens the font (src/font/make-subset.sh) rather than finds the boxes in a meeting.
 */
final class FontCheck {

	private FontCheck() {
	}

	/** The undrawable characters among the names, ids and messages the report shows; empty when none. */
	static List<String> undrawable(ReportData data) {
		StringBuilder text = new StringBuilder();
		for (CoverageRow row : data.coverage()) {
			text.append(row.name()).append('\n');
		}
		data.expiring().forEach((c) -> text.append(c.firstEmployerName()).append('\n'));
		data.expiring().forEach((c) -> text.append(c.contractId()).append('\n'));
		for (Submission s : data.submissions()) {
			text.append(s.message()).append('\n');
		}
		data.unknownSubmissions().forEach((name) -> text.append(name).append('\n'));
		return ChartFonts.undrawable(text);
	}

	/** The warning line for the job's output, naming each character and its code point. */
	static String warning(List<String> undrawable) {
		List<String> named = new ArrayList<>();
		for (String c : undrawable) {
			named.add(c + "（U+" + Integer.toHexString(c.codePointAt(0)).toUpperCase(java.util.Locale.ROOT) + "）");
		}
		return "注意：报告数据中有内置字体无法显示的字符 " + named.stream().collect(Collectors.joining("、"))
				+ "，图表和幻灯片中会显示为方框；请用 src/font/make-subset.sh 把它们加入字体子集后重新生成报告。";
	}
}
