package cn.gdftu.twocoverage.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The job run once per build on each committed input tree, shared by every test that only reads what it
 * wrote: a run costs a Spring context and a whole report, and several classes assert on the same tree.
 * A test that runs the job again on a tree works on a {@link Run#copy copy} of the shared run. The test
 * JVMs of one build share the runs through {@code target/shared-runs/<build>/}, the first to need a run
 * making it under a file lock while the others wait; outside Maven each JVM makes its own.
 */
public final class SharedRuns {

	/** Set by Surefire to the build's start time (pom.xml), so no build reads another's runs. */
	static final String BUILD = "two-coverage.test-build";

	private static final Map<String, Run> RUNS = new HashMap<>();

	private static Path home;

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

	private static synchronized Run run(String name, String resource, String... options) {
		return RUNS.computeIfAbsent(name, (key) -> {
			try {
				return make(home().resolve(name), resource, options);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * Runs the job on a copy of {@code resource} (of src/test/resources), or on {@code input/} when null,
	 * unless another JVM of the build did; a folder without an outcome is a run that failed half-way.
	 */
	private static Run make(Path root, String resource, String... options) throws IOException {
		Path input = (resource == null) ? Path.of("input") : root.resolve("input");
		Path reports = root.resolve("reports");
		Path outcome = root.resolve("outcome");
		try (FileChannel channel = FileChannel.open(root.resolveSibling(root.getFileName() + ".lock"),
				StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
			if (!Files.isDirectory(outcome)) {
				delete(root);
				if (resource != null) {
					JobRunner.copyResource(resource, input);
				}
				List<String> command = new ArrayList<>(List.of("--input", input.toString(), "--reports", reports.toString()));
				command.addAll(List.of(options));
				JobRunner.Outcome made = JobRunner.run(command.toArray(String[]::new));
				Path writing = Files.createDirectories(root.resolve("outcome.writing"));
				Files.writeString(writing.resolve("exit"), Integer.toString(made.exit()));
				Files.writeString(writing.resolve("stdout"), made.stdout(), StandardCharsets.UTF_8);
				Files.writeString(writing.resolve("stderr"), made.stderr(), StandardCharsets.UTF_8);
				Files.move(writing, outcome, StandardCopyOption.ATOMIC_MOVE);
			}
			return new Run(root, input, reports, new JobRunner.Outcome(Integer.parseInt(Files.readString(outcome.resolve("exit"))),
					Files.readString(outcome.resolve("stdout"), StandardCharsets.UTF_8),
					Files.readString(outcome.resolve("stderr"), StandardCharsets.UTF_8)));
		}
	}

	/** This build's folder of runs, the folders of earlier builds removed; or this JVM's own temporary one. */
	private static synchronized Path home() throws IOException {
		if (home == null) {
			home = buildFolder();
			if (home == null) {
				Path own = Files.createTempDirectory("two-coverage-runs-");
				Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(own)));
				home = own;
			}
		}
		return home;
	}

	/**
	 * {@code target/shared-runs/<build>/}, shared by the test JVMs of one Maven build, the folders of
	 * earlier builds removed; null outside Maven.
	 */
	static synchronized Path buildFolder() throws IOException {
		String build = System.getProperty(BUILD);
		if (build == null || build.isBlank()) {
			return null;
		}
		Path all = Files.createDirectories(Path.of("target/shared-runs").toAbsolutePath());
		String name = build.replaceAll("[^0-9A-Za-z]", "-");
		Path folder = all.resolve(name);
		if (!Files.isDirectory(folder)) {
			try (Stream<Path> builds = Files.list(all)) {
				builds.filter((b) -> !b.getFileName().toString().equals(name)).forEach(SharedRuns::delete);
			}
		}
		return Files.createDirectories(folder);
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
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> files = Files.walk(root)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			// a folder left behind in target/ or the temporary folder is not worth failing the build for
		}
	}
}
