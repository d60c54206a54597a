package cn.gdftu.twocoverage.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Row;

/**
 * The rows of one sheet, streamed from the workbook's XML (memory does not grow with the sheet), each
 * cell as the text SPEC §8 reads ({@link SheetCells}), the line being the row number Excel shows.
 */
final class SheetRecords implements Records {

	private final String name;

	private final Stream<Row> rows;

	private final Iterator<Row> iterator;

	private final boolean date1904;

	private Closeable workbook;

	private int line;

	private String[] cells;

	SheetRecords(String name, Stream<Row> rows, boolean date1904) {
		this.name = name;
		this.rows = rows;
		this.iterator = rows.iterator();
		this.date1904 = date1904;
	}

	/** Closing the records closes the workbook too, once the sheet has been chosen. */
	void closeAlso(Closeable workbook) {
		this.workbook = workbook;
	}

	@Override
	public boolean advance() throws ReturnRejectedException {
		try {
			if (!this.iterator.hasNext()) {
				return false;
			}
			Row row = this.iterator.next();
			this.line = row.getRowNum();
			this.cells = new String[row.getCellCount()];
			for (int i = 0; i < this.cells.length; i++) {
				Cell cell = row.getCell(i);
				this.cells[i] = (cell == null) ? "" : SheetCells.text(cell, this.date1904);
			}
			return true;
		}
		catch (RuntimeException ex) {
			throw new ReturnRejectedException(this.name + " 第" + (this.line + 1)
					+ "行附近无法读取（工作簿已损坏），请在Excel或WPS中打开后重新“另存为”Excel工作簿（.xlsx）");
		}
	}

	@Override
	public int line() {
		return this.line;
	}

	@Override
	public String[] cells() {
		return this.cells;
	}

	@Override
	public void close() throws IOException {
		this.rows.close();
		if (this.workbook != null) {
			this.workbook.close();
		}
	}
}
