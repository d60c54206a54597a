package cn.gdftu.twocoverage.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import cn.gdftu.twocoverage.files.FileTrees;

/**
 * Replaces {@code reports/<period>/} as a whole: the outputs are written into a hidden sibling folder
 * and moved into place with renames, so a crash never leaves a mix of old and new files (at worst the
 * folder is absent until the next run writes it again).
 */
final class PeriodFolder {

	private PeriodFolder() {
	}

	static Path staging(Path reports, String period) throws IOException {
		Files.createDirectories(reports);
		clearLeftovers(reports, period);
		return Files.createDirectory(reports.resolve(".writing-" + period));
	}

	static void publish(Path reports, String period, Path staging) throws IOException {
		Path target = reports.resolve(period);
		Path old = reports.resolve(".replaced-" + period);
		if (Files.exists(target)) {
			Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
		}
		Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
		FileTrees.deleteTree(old);
	}

	private static void clearLeftovers(Path reports, String period) throws IOException {
		FileTrees.deleteTree(reports.resolve(".writing-" + period));
		FileTrees.deleteTree(reports.resolve(".replaced-" + period));
	}
}
