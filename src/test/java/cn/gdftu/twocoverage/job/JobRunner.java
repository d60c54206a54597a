package cn.gdftu.twocoverage.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import picocli.CommandLine;

import cn.gdftu.twocoverage.cli.MonthlyCommand;

/** Runs the real command line in this JVM and keeps what it printed; shared by the end-to-end tests. */
public final class JobRunner {

	private JobRunner() {
	}

	public static Outcome run(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
			int exit = new CommandLine(new MonthlyCommand()).execute(args);
			return new Outcome(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	/** Copies a folder of src/test/resources to {@code target}. */
	public static Path copyResource(String name, Path target) throws IOException {
		return copy(Path.of("src/test/resources").resolve(name), target);
	}

	/** Copies the folder {@code source} with all below it to {@code target}. */
	public static Path copy(Path source, Path target) throws IOException {
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path to = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(to);
				}
				else {
					Files.copy(file, to);
				}
			}
		}
		return target;
	}

	public record Outcome(int exit, String stdout, String stderr) {
	}

	/** Every file below {@code dir} but the database, by relative path: two snapshots compare with isEqualTo. */
	public static Map<String, byte[]> snapshot(Path dir) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path file : walk.filter(Files::isRegularFile).filter((f) -> !f.toString().endsWith(".db")
					&& !f.toString().contains(".db-")).toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					files.put(dir.relativize(file).toString(), in.readAllBytes());
				}
			}
		}
		return new ByteArrayMap(files);
	}

	/** Compares byte arrays by content, so snapshots of folders can be compared with isEqualTo. */
	public static final class ByteArrayMap extends TreeMap<String, byte[]> {

		ByteArrayMap(Map<String, byte[]> files) {
			super(files);
		}

		@Override
		public boolean equals(Object other) {
			if (!(other instanceof Map<?, ?> map) || !keySet().equals(map.keySet())) {
				return false;
			}
			return entrySet().stream().allMatch((e) -> java.util.Arrays.equals(e.getValue(), (byte[]) map.get(e.getKey())));
		}

		@Override
		public int hashCode() {
			return keySet().hashCode();
		}
	}
}
