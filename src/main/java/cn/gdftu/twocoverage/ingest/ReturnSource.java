package cn.gdftu.twocoverage.ingest;

import java.io.IOException;

/**
 * Where one table of a city's return is read from (SPEC §8): a CSV file, a per-table workbook or a
 * named sheet of a workbook. Every source feeds the same {@link ReturnReader} and the same rules.
 */
public sealed interface ReturnSource permits CsvSource, SheetSource {

	ReturnKind kind();

	/** The source as messages name it: {@code organizations.csv}, {@code 月报.xlsx[基层工会台账]}. */
	String name();

	/** Opens the table; a source that cannot be used throws with the Chinese message that says why. */
	ReturnReader open() throws IOException, ReturnRejectedException;
}
