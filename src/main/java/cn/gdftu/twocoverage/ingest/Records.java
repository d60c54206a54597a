package cn.gdftu.twocoverage.ingest;

import java.io.Closeable;

/**
 * The raw records of one source, before any rule of SPEC §3 is applied: the cells of each record as
 * text and the line where it starts (a CSV file's physical line, a sheet's row number as Excel shows
 * it). {@link ReturnReader} finds the header and the totals rows on top of it, the same for every kind
 * of source.
 */
interface Records extends Closeable {

	/** Moves to the next record; false at the end. Throws when the rest of the source cannot be read. */
	boolean advance() throws ReturnRejectedException;

	/** The line where the current record starts. */
	int line();

	/** The current record's cells, an array of its own (a row keeps it). */
	String[] cells();
}
