package cn.gdftu.twocoverage.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import cn.gdftu.twocoverage.cli.Main;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job's command line in a child JVM of its own, as a user runs it: what the crash tests kill
 * ({@code kill -9}) or halt ({@link IngestHalt}), then run again. Output and errors come as one stream
 * of lines.
 */
final class ChildJob {

	private final List<String> command = new ArrayList<>();

	private final Map<String, String> environment = new HashMap<>();

	/** {@code jvmOptions} such as {@code -Xmx512m} or {@code -Dtwo-coverage.halt-at=440300:3}. */
	ChildJob(List<String> jvmOptions, String... args) {
		this.command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		this.command.addAll(ClassDataArchive.options());
		// The client compiler only: a child runs for seconds, and C2 would compile on the core the tests share.
		this.command.add("-XX:TieredStopAtLevel=1");
		this.command.addAll(jvmOptions);
		this.command.add(Main.class.getName());
		this.command.addAll(List.of(args));
	}

	/** The same child with these variables added to its environment (a database's user and password). */
	ChildJob environment(Map<String, String> variables) {
		this.environment.putAll(variables);
		return this;
	}

	Process start() throws IOException {
		ProcessBuilder builder = new ProcessBuilder(this.command).redirectErrorStream(true);
		builder.environment().putAll(this.environment);
		return builder.start();
	}

	/** Runs to the end (or to a halt); the exit code, with every line in {@code lines}. */
	int run(List<String> lines) throws Exception {
		Process process = start();
		lines.addAll(drain(process, (line) -> false));
		assertThat(process.waitFor(300, TimeUnit.SECONDS)).as(String.join("\n", lines)).isTrue();
		return process.exitValue();
	}

	/** Reads the child's output until the trigger line (kept as the last line) or the end. */
	static List<String> drain(Process process, Predicate<String> trigger) throws IOException {
		List<String> lines = new ArrayList<>();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null) {
				lines.add(line);
				if (trigger.test(line)) {
					break;
				}
			}
		}
		return lines;
	}
}
