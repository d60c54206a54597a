package cn.gdftu.twocoverage.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/**
 * The bundled font and its licence, once for all periods in {@code reports/assets/}: each period's
 * index.html refers to them as {@code ../assets/}, which resolves from disk and through the site's
 * {@code /reports/} alike. One copy instead of one per period (the widened font is about 20 MB).
 */
final class SharedAssets {

	static final String FOLDER = "assets";

	/** The files, as named on the classpath under {@code /fonts/} and in the folder. */
	static final List<String> FILES = List.of("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf", "OFL.txt");

	private SharedAssets() {
	}

	/**
	 * Writes each file that is absent or differs from the bundled one (a newer jar with a wider font),
	 * through a temporary file and a rename, so a page never meets half a font.
	 */
	static void install(Path reports) throws IOException {
		Path dir = Files.createDirectories(reports.resolve(FOLDER));
		for (String name : FILES) {
			byte[] bundled = bundled(name);
			Path target = dir.resolve(name);
			// A run killed while writing leaves its temporary file: gone with the next run.
			Path temporary = dir.resolve("." + name + ".writing");
			Files.deleteIfExists(temporary);
			if (Files.isRegularFile(target) && Files.size(target) == bundled.length
					&& Arrays.equals(Files.readAllBytes(target), bundled)) {
				continue;
			}
			Files.write(temporary, bundled);
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
	}

	static byte[] bundled(String name) throws IOException {
		try (InputStream in = SharedAssets.class.getResourceAsStream("/fonts/" + name)) {
			if (in == null) {
				throw new IllegalStateException("bundled font file not on the classpath: /fonts/" + name);
			}
			return in.readAllBytes();
		}
	}
}
