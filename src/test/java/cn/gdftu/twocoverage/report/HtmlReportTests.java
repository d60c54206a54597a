package cn.gdftu.twocoverage.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.report.ReportView.ChartRef;
import cn.gdftu.twocoverage.report.chart.ChartFonts;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTests {

	@Test
	void everyCharacterOfThePagesOwnTextIsInTheBundledFont() throws IOException {
		String template;
		try (InputStream in = getClass().getResourceAsStream("/templates/report.html")) {
			template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		template.codePoints().filter((c) -> c > 0x7E).distinct().forEach((c) -> assertThat(
				ChartFonts.canDisplayAll(Character.toString(c))).as("U+%04X %s", c, Character.toString(c)).isTrue());
	}

	@Test
	void rendersTheSameBytesForTheSameData() {
		HtmlReport html = new HtmlReport(ReferenceData.bundled(), ReportSamples.TARGETS);
		ReportModel model = new ReportModel(ReferenceData.bundled(), ReportSamples.TARGETS);
		Map<String, ChartRef> charts = new java.util.LinkedHashMap<>();
		new ReportCharts(ReferenceData.bundled(), ReportSamples.TARGETS).specs(ReportSamples.period(true))
			.forEach((s) -> charts.put(s.name(), new ChartRef(s.name(), s.title(), "charts/" + s.name() + ".png",
					"charts/" + s.name() + ".svg")));
		String first = html.render(model.build(ReportSamples.period(true), charts));
		String second = html.render(model.build(ReportSamples.period(true), charts));
		assertThat(first).isEqualTo(second).contains("91.3%").doesNotContain("http");
	}
}
