package cn.gdftu.twocoverage.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import cn.gdftu.twocoverage.changes.PeriodChanges;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.report.ReportView.ChartRef;

/**
 * Writes a period's {@code index.html} with its charts and its deck: the page opens from disk with no
 * network, and shows Chinese on a machine without Chinese fonts (from the shared {@link SharedAssets}). Rendered with Thymeleaf from
 * {@code templates/report.html}; every value goes through {@code th:text} or an attribute, so it is
 * escaped (employer names and contract ids come from the cities' files).
 */
final class HtmlReport {

	static final String INDEX = "index.html";

	private static final String TEMPLATE = "report";

	private final TemplateEngine engine;

	private final ReportModel model;

	private final ReportCharts charts;

	private final SlideDeck deck = new SlideDeck();

	private final DepartmentDocuments documents;

	HtmlReport(ReferenceData reference, ReportTargets targets) {
		this.engine = engine();
		this.model = new ReportModel(reference, targets);
		this.charts = new ReportCharts(reference, targets);
		this.documents = new DepartmentDocuments(reference, targets);
	}

	/**
	 * Writes the charts, index.html and slides.pptx into {@code folder} (the CSV files and the changes
	 * chart are already there); with {@code periodChanges}, also the department's documents.
	 */
	void write(ReportData data, ChangesView changes, Path folder) throws IOException {
		write(data, changes, null, null, folder);
	}

	/**
	 * The same with the department's documents ({@code periodChanges} null: left out) and the review
	 * section of SPEC §12 ({@code reviews} null: left out).
	 */
	void write(ReportData data, ChangesView changes, PeriodChanges periodChanges, List<ReviewsReport.CityLine> reviews,
			Path folder) throws IOException {
		write(drawCharts(data, folder), data, changes, periodChanges, reviews, folder);
	}

	/**
	 * Starts drawing the period's charts into {@code folder} on threads of their own ({@link ReportCharts#start}):
	 * they need only the data, so the caller can write other files meanwhile, then hand the drawing to
	 * {@link #write(ReportCharts.Drawing, ReportData, ChangesView, PeriodChanges, List, Path)}.
	 */
	ReportCharts.Drawing drawCharts(ReportData data, Path folder) {
		return this.charts.start(data, folder);
	}

	/** The same with the charts already being drawn. */
	void write(ReportCharts.Drawing charts, ReportData data, ChangesView changes, PeriodChanges periodChanges,
			List<ReviewsReport.CityLine> reviews, Path folder) throws IOException {
		// Four outputs on two cores. The charts first, on both cores: the deck embeds them and is the
		// longest of the rest, so it starts as soon as they are drawn; the page (on this thread) and the
		// documents run beside it.
		CompletableFuture<Void> deck = null;
		CompletableFuture<Void> documents = null;
		try {
			Map<String, ChartRef> drawn = new LinkedHashMap<>(charts.refs());
			if (changes != null && !changes.first()) {
				drawn.put(changes.chart().name(), changes.chart());
			}
			ReportView view = this.model.build(data, drawn);
			await(charts.done());
			deck = CompletableFuture.runAsync(() -> writeDeck(view, folder));
			if (periodChanges != null) {
				documents = CompletableFuture
					.runAsync(() -> writeDocuments(view, data, periodChanges, changes, reviews, folder));
			}
			Files.writeString(folder.resolve(INDEX), render(view, changes, reviews), StandardCharsets.UTF_8);
		}
		finally {
			// Also after a failure: nothing goes on writing into the folder behind the caller.
			await(charts.done(), deck, documents);
		}
	}

	/** Waits for every task, then throws the first one's failure (an output's IOException as such). */
	private static void await(CompletableFuture<?>... tasks) throws IOException {
		List<CompletableFuture<?>> started = Arrays.stream(tasks).filter(Objects::nonNull).toList();
		CompletableFuture.allOf(started.toArray(CompletableFuture[]::new)).exceptionally((failure) -> null).join();
		for (CompletableFuture<?> task : started) {
			try {
				task.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof UncheckedIOException io) {
					throw io.getCause();
				}
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw ex;
			}
		}
	}

	private void writeDeck(ReportView view, Path folder) {
		try {
			this.deck.write(view, folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void writeDocuments(ReportView view, ReportData data, PeriodChanges periodChanges, ChangesView changes,
			List<ReviewsReport.CityLine> reviews, Path folder) {
		try {
			this.documents.write(view, data, periodChanges, changes, DepartmentDocuments.reviewLabels(reviews), folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String render(ReportView view) {
		return render(view, null);
	}

	/** The page; {@code changes} is the section of SPEC §11, left out when null. */
	String render(ReportView view, ChangesView changes) {
		return render(view, changes, null);
	}

	String render(ReportView view, ChangesView changes, List<ReviewsReport.CityLine> reviews) {
		Context context = new Context();
		context.setVariable("r", view);
		context.setVariable("changes", changes);
		context.setVariable("reviews", reviews);
		return this.engine.process(TEMPLATE, context);
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
