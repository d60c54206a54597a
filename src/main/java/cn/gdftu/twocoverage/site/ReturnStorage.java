package cn.gdftu.twocoverage.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.files.FileTrees;
import cn.gdftu.twocoverage.files.Sha256;

/**
 * Where uploads live on disk (SPEC §2 and §9). Each stored version is its own folder,
 * {@code input/.uploads/<period>/<city>/<version>/}, holding the files under the layout's names; the
 * city's return the job reads, {@code input/<period>/<city>}, is a relative symbolic link to the
 * current version, replaced in one atomic rename. So a run sees one whole upload or the one before,
 * never a mix, and a rejected upload (its staging folder deleted) leaves the link untouched.
 */
@Component
@ConditionalOnWebApplication
public class ReturnStorage {

	static final String UPLOADS = ".uploads";

	private final Path input;

	ReturnStorage(@Value("${two-coverage.input:input}") Path input) {
		this.input = input.toAbsolutePath().normalize();
	}

	/**
	 * A fresh, private folder for one upload, on the same file system as its final place; made before the
	 * period and city are known (every attempt is staged once and audited from there).
	 */
	public Path staging() throws IOException {
		Path folder = this.input.resolve(UPLOADS).resolve(".staging-" + UUID.randomUUID());
		Files.createDirectories(folder);
		return folder;
	}

	/** Writes one part under its layout name, returning its size and SHA-256. */
	public StoredFile write(Path staging, String name, InputStream content) throws IOException {
		MessageDigest sha256 = Sha256.digest();
		long size;
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(staging.resolve(name)), sha256)) {
			size = content.transferTo(out);
		}
		return new StoredFile(name, size, Sha256.hex(sha256));
	}

	public void discard(Path staging) {
		try {
			FileTrees.deleteTree(staging);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Makes the staged upload version {@code version} and the city's current return, atomically. */
	public void publish(Path staging, Period period, String city, int version) throws IOException {
		Path folder = versionFolder(period, city, version);
		// A folder of this number the database does not know is what a crash left before its commit.
		FileTrees.deleteTree(folder);
		Files.createDirectories(folder.getParent());
		Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
		pointAt(period, city, version);
	}

	/**
	 * A real folder {@code input/<period>/<city>} (a return that arrived as files before the site) becomes
	 * version 0, moved in one rename, and the link points at it; returns its files, or null if none.
	 */
	public Adopted adoptFolder(Period period, String city) throws IOException {
		Path current = current(period, city);
		if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
			return null;
		}
		Path folder = versionFolder(period, city, 0);
		Files.createDirectories(folder.getParent());
		Files.move(current, folder, StandardCopyOption.ATOMIC_MOVE);
		pointAt(period, city, 0);
		List<StoredFile> files = new ArrayList<>();
		Instant arrived = Instant.EPOCH;
		try (Stream<Path> entries = Files.list(folder)) {
			for (Path file : entries.filter(Files::isRegularFile).sorted().toList()) {
				files.add(hash(file));
				Instant modified = Files.getLastModifiedTime(file).toInstant();
				arrived = modified.isAfter(arrived) ? modified : arrived;
			}
		}
		return new Adopted(files, arrived);
	}

	/** A folder kept as version 0: its files, and when it arrived (its newest file's modification time). */
	public record Adopted(List<StoredFile> files, Instant arrived) {
	}

	public Path rejectsFile(Period period, String city, int version) {
		return cityUploads(period, city).resolve("rejects-" + version + ".csv");
	}

	/** What the monthly job reads: the link, or a folder that arrived as files. */
	public Path current(Period period, String city) {
		return this.input.resolve(period.toString()).resolve(city);
	}

	Path versionFolder(Period period, String city, int version) {
		return cityUploads(period, city).resolve(Integer.toString(version));
	}

	private Path cityUploads(Period period, String city) {
		return this.input.resolve(UPLOADS).resolve(period.toString()).resolve(city);
	}

	/** Creates the new link under a temporary name, then renames it over the old one. */
	private void pointAt(Period period, String city, int version) throws IOException {
		Path link = current(period, city);
		Files.createDirectories(link.getParent());
		Path temporary = cityUploads(period, city).resolve(".link-" + UUID.randomUUID());
		Files.createSymbolicLink(temporary, Path.of("..", UPLOADS, period.toString(), city, Integer.toString(version)));
		try {
			Files.move(temporary, link, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static StoredFile hash(Path file) throws IOException {
		MessageDigest sha256 = Sha256.digest();
		long size;
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
			size = in.transferTo(OutputStream.nullOutputStream());
		}
		return new StoredFile(file.getFileName().toString(), size, Sha256.hex(sha256));
	}

	/** A stored file: the layout's name, its size in bytes and SHA-256 in hex. */
	public record StoredFile(String name, long size, String sha256) {
	}
}
