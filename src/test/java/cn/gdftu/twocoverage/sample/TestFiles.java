package cn.gdftu.twocoverage.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

final class TestFiles {

	private TestFiles() {
	}

	/** Every file under a folder, by its path relative to the folder, with its bytes. */
	static Map<String, byte[]> tree(Path root) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(file).toString(), Files.readAllBytes(file));
			}
		}
		return files;
	}
}
