package cn.gdftu.twocoverage.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The job run once per test JVM on each committed input tree, shared by every test that only reads what
 * it wrote: a run costs a Spring context and a whole report, and several classes assert on the same
 * tree. A test that runs the job again on a tree works on a {@link Run#copy copy} of the shared run.
 */
public final class SharedRuns {

	private static final Map<String, Run> RUNS = new HashMap<>();

	private SharedRuns() {
	}

	/** The messy conformance tree, both periods (2026-10 has a previous period to compare with). */
	public static Run messy() {
		return run("messy", "conformance/messy/input");
	}

	/** The bad conformance tree's one period, 2026-09: rejected rows, rejected and missing cities. */
	public static Run bad() {
		return run("bad", "conformance/bad/input", "--period", "2026-09");
	}

	/** The sample committed under {@code input/}, every month, read where it is: the README's main command. */
	public static Run sample() {
		return run("sample", null);
	}

	/** Runs the job on a copy of {@code resource} (of src/test/resources), or on {@code input/} when null. */
	private static synchronized Run run(String name, String resource, String... options) {
		return RUNS.computeIfAbsent(name, (key) -> {
			try {
				Path root = Files.createTempDirectory("two-coverage-" + name + "-");
				Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
				Path input = (resource == null) ? Path.of("input") : JobRunner.copyResource(resource, root.resolve("input"));
				Path reports = root.resolve("reports");
				List<String> command = new ArrayList<>(List.of("--input", input.toString(), "--reports", reports.toString()));
				command.addAll(List.of(options));
				return new Run(root, input, reports, JobRunner.run(command.toArray(String[]::new)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** A finished run: its input and reports folders (with the database) and what it printed. */
	public record Run(Path root, Path input, Path reports, JobRunner.Outcome outcome) {

		/** The folder of one period's report. */
		public Path period(String period) {
			return this.reports.resolve(period);
		}

		/** Input, reports and database copied below {@code target}, to run the job again on. */
		public Run copy(Path target) throws IOException {
			Path input = target.resolve("input");
			Path reports = target.resolve("reports");
			JobRunner.copy(this.input, input);
			JobRunner.copy(this.reports, reports);
			return new Run(target, input, reports, this.outcome);
		}
	}

	private static void delete(Path root) {
		try (Stream<Path> files = Files.walk(root)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary folder left behind is not worth failing the build for
		}
	}
}
