package cn.gdftu.twocoverage.ingest;

/** What a line of a return becomes: an accepted union or contract row, a skipped line, or a rejection. */
public sealed interface LineOutcome permits Organization, Contract, SkippedLine, RowRejection {
}
