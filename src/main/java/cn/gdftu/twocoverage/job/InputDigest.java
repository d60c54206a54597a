package cn.gdftu.twocoverage.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;

import cn.gdftu.twocoverage.files.Sha256;

/**
 * The SHA-256 of a period folder: every file's path relative to the folder and its bytes, in path
 * order. Unchanged input gives the same digest, so the job knows what is up to date. A city folder
 * may be a symbolic link to the current upload (the collection site swaps it): the walk follows it.
 */
final class InputDigest {

	private InputDigest() {
	}

	static String of(Path periodFolder) {
		try (Stream<Path> walk = Files.walk(periodFolder, FileVisitOption.FOLLOW_LINKS)) {
			List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
			MessageDigest digest = Sha256.digest();
			byte[] buffer = new byte[1 << 16];
			for (Path file : files) {
				digest.update(periodFolder.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
					while (in.read(buffer) >= 0) {
						// reading feeds the digest
					}
				}
				digest.update((byte) 0);
			}
			return Sha256.hex(digest);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
