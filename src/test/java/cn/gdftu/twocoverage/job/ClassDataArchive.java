package cn.gdftu.twocoverage.job;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import cn.gdftu.twocoverage.cli.Main;

/**
 * The child JVMs' class path and class-data archive, made once per build: the crash and PostgreSQL tests
 * start the command line some 30 times, and an archive of the classes a run loads cuts each start by
 * about a second (2.9 → 1.8 s to a first halt, 5.3 → 3.9 s for a whole run on a quiet machine), as it
 * does for the jar (README "Faster start"). JDK 17 archives only jars, so the main classes go into one;
 * the archive is dumped by a whole run on the bad conformance tree (every step and output, so every class
 * the children load). Outside Maven, or if making it fails, children run on the test class path as is.
 */
final class ClassDataArchive {

	/** The archive is only used and never reported on: a stale one must not add a line to a child's output. */
	private static final String QUIET = "-Xlog:cds=off,cds+dynamic=off";

	private static List<String> options;

	private ClassDataArchive() {
	}

	/** The JVM options that put a child on the class path (and the archive when there is one). */
	static synchronized List<String> options() {
		if (options == null) {
			options = make();
		}
		return options;
	}

	private static List<String> make() {
		List<String> plain = List.of("-cp", System.getProperty("java.class.path"));
		try {
			Path home = SharedRuns.buildFolder();
			if (home == null) {
				return plain;
			}
			Path archive = home.resolve("children.jsa");
			// The first JVM of the build to get here makes the jar and the archive; the others wait for them.
			try (FileChannel channel = FileChannel.open(home.resolve("children.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
				String classPath = classPath(home.resolve("classes.jar"));
				if (!Files.exists(archive) && !dump(home, classPath, archive)) {
					return plain;
				}
				return List.of("-XX:SharedArchiveFile=" + archive, QUIET, "-cp", classPath);
			}
		}
		catch (IOException ex) {
			return plain;
		}
	}

	/**
	 * The test class path with its directories replaced by one jar of the main classes (the children
	 * need no test class), the jar written unless another JVM of the build did.
	 */
	private static String classPath(Path jar) throws IOException {
		List<String> entries = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			Path path = Path.of(entry);
			if (!Files.isDirectory(path)) {
				entries.add(entry);
			}
			else if (Files.exists(path.resolve(Main.class.getName().replace('.', '/') + ".class"))) {
				entries.add(0, jar.toString());
				if (!Files.exists(jar)) {
					writeJar(path, jar);
				}
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	private static void writeJar(Path classes, Path jar) throws IOException {
		Path writing = jar.resolveSibling("classes.jar.writing");
		try (OutputStream out = Files.newOutputStream(writing); JarOutputStream zip = new JarOutputStream(out);
				Stream<Path> files = Files.walk(classes)) {
			// Folders get entries too: Spring's component scan finds a package through its folder's entry.
			for (Path file : (Iterable<Path>) files.filter((f) -> !f.equals(classes)).sorted()::iterator) {
				String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
				boolean folder = Files.isDirectory(file);
				zip.putNextEntry(new JarEntry(folder ? name + "/" : name));
				if (!folder) {
					Files.copy(file, zip);
				}
				zip.closeEntry();
			}
		}
		Files.move(writing, jar, StandardCopyOption.ATOMIC_MOVE);
	}

	/** A whole run of the job that writes the archive at its exit; false if it did not. */
	private static boolean dump(Path home, String classPath, Path archive) throws IOException {
		Path root = Files.createTempDirectory(home, "dump-");
		Path writing = home.resolve("children.jsa.writing");
		Files.deleteIfExists(writing);
		JobRunner.copyResource("conformance/bad/input", root.resolve("input"));
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:ArchiveClassesAtExit=" + writing, QUIET, "-XX:TieredStopAtLevel=1", "-Xmx512m", "-cp", classPath, Main.class.getName(),
				"--input", root.resolve("input").toString(), "--reports", root.resolve("reports").toString())
			.redirectErrorStream(true)
			.redirectOutput(root.resolve("output.txt").toFile())
			.start();
		try {
			if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0 || !Files.exists(writing)) {
				process.destroyForcibly();
				return false;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			return false;
		}
		Files.move(writing, archive, StandardCopyOption.ATOMIC_MOVE);
		return true;
	}
}
