package cn.gdftu.twocoverage.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.jdbi.v3.core.Jdbi;

/** Creates the job's own tables from {@code store/schema.sql}; safe to run at every start. */
public final class Schema {

	private Schema() {
	}

	public static void create(Jdbi jdbi) {
		String script = read("/store/schema.sql");
		jdbi.useHandle((handle) -> handle.createScript(script).execute());
	}

	private static String read(String resource) {
		try (InputStream in = Schema.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
