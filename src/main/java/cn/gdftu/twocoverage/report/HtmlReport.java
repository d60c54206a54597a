package cn.gdftu.twocoverage.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.report.ReportView.ChartRef;

/**
 * Writes a period's {@code index.html} with its charts and the bundled font: the page opens from disk
 * with no network, and shows Chinese on a machine without Chinese fonts. Rendered with Thymeleaf from
 * {@code templates/report.html}; every value goes through {@code th:text} or an attribute, so it is
 * escaped (employer names and contract ids come from the cities' files).
 */
final class HtmlReport {

	static final String INDEX = "index.html";

	static final String ASSETS = "assets";

	/** The bundled font files copied beside the page, with their licence. */
	static final List<String> FONT_FILES = List.of("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf", "OFL.txt");

	private static final String TEMPLATE = "report";

	private final TemplateEngine engine;

	private final ReportModel model;

	private final ReportCharts charts;

	HtmlReport(ReferenceData reference, ReportTargets targets) {
		this.engine = engine();
		this.model = new ReportModel(reference, targets);
		this.charts = new ReportCharts(reference, targets);
	}

	/** Writes the charts, the assets and index.html into {@code folder} (the CSV files are already there). */
	void write(ReportData data, ChangesView changes, Path folder) throws IOException {
		Map<String, ChartRef> drawn = this.charts.write(data, folder);
		copyAssets(folder.resolve(ASSETS));
		Files.writeString(folder.resolve(INDEX), render(this.model.build(data, folder, drawn), changes),
				StandardCharsets.UTF_8);
	}

	String render(ReportView view) {
		return render(view, null);
	}

	/** The page; {@code changes} is the section of SPEC §11, left out when null. */
	String render(ReportView view, ChangesView changes) {
		Context context = new Context();
		context.setVariable("r", view);
		context.setVariable("changes", changes);
		return this.engine.process(TEMPLATE, context);
	}

	private static void copyAssets(Path dir) throws IOException {
		Files.createDirectories(dir);
		for (String name : FONT_FILES) {
			try (InputStream in = HtmlReport.class.getResourceAsStream("/fonts/" + name)) {
				if (in == null) {
					throw new IllegalStateException("bundled font file not on the classpath: /fonts/" + name);
				}
				Files.copy(in, dir.resolve(name));
			}
		}
	}

	private static TemplateEngine engine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlReport.class.getClassLoader());
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(true);
		TemplateEngine engine = new TemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}
}
