package cn.gdftu.twocoverage.ingest;

/**
 * What one {@code .xlsx} may unpack to and how long one of its cells may be. A workbook is a zip of XML:
 * a few hundred kilobytes can unpack to gigabytes, or to one cell of hundreds of megabytes that a reader
 * would hold in memory. A real return's cells are short, and Excel itself keeps at most 32,767
 * characters in a cell.
 *
 * @param maxUnpacked the most bytes all parts of the workbook may unpack to
 * @param maxCellLength the most characters of one cell (a shared string or a cell of a sheet)
 */
public record WorkbookLimits(long maxUnpacked, int maxCellLength) {

	/** Settings {@code two-coverage.upload.max-unpacked} and {@code two-coverage.upload.max-cell-length}. */
	public static final WorkbookLimits DEFAULT = new WorkbookLimits(200L * 1024 * 1024, 32_767);

	/** The most parts a workbook may have (a template has about a dozen). */
	static final int MAX_PARTS = 10_000;
}
