package cn.gdftu.twocoverage.ingest;

/** One physical record of a return after the header: a data row, or a line skipped with a warning. */
public sealed interface ReturnLine permits ReturnRow, SkippedLine {

	/** The physical line number where the record starts (the header's line is counted). */
	int line();
}
