package cn.gdftu.twocoverage.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as the project writes it, lower-case hex: a stored file's digest in the site's records and
 * audit, and a period folder's digest that tells the job its input changed.
 */
public final class Sha256 {

	private Sha256() {
	}

	/** A fresh digest, to feed while streaming a file (every JVM has SHA-256). */
	public static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Completes the digest and gives its hex form. */
	public static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}
}
