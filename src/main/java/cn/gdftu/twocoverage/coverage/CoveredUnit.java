package cn.gdftu.twocoverage.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The SQL piece that says, for each union, whether it counts and whether it is covered (SPEC §4):
 * {@code covered-unit.sql}, a common table expression {@code unit} over the loads listed in a
 * {@code dated_load (load_id, d)} defined before it. Every query that needs "covered" includes it as
 * the template attribute {@code <covered_unit>}, so the figures and the changes cannot disagree.
 */
public final class CoveredUnit {

	/** The template attribute a query writes where the piece goes. */
	public static final String ATTRIBUTE = "covered_unit";

	/** The template attribute of "in force at D" ({@code contract-in-force.sql}), after {@code dated_load}. */
	public static final String IN_FORCE_ATTRIBUTE = "contract_in_force";

	/** "In force at D", the one definition: a common table expression {@code contract_in_force}. */
	public static final String IN_FORCE_SQL = read("contract-in-force.sql");

	/** The piece itself, with the contracts in force it is built on. */
	public static final String SQL = IN_FORCE_SQL + ",\n" + read("covered-unit.sql");

	private CoveredUnit() {
	}

	private static String read(String name) {
		try (InputStream in = CoveredUnit.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("SQL piece not on the classpath: " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
