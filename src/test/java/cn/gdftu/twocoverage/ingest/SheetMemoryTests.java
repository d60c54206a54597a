package cn.gdftu.twocoverage.ingest;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Excel source streams: reading a sheet of 60,000 unions never holds the sheet. With text written
 * inline, the heap after the last row is about what it was after the first 6,000 rows. With text in
 * the workbook's shared-strings table (how Excel saves), the reader keeps the strings it has met, so the
 * heap grows by the table (here two unique strings a row), never by the rows' cells. Heap is measured
 * after full collections; nothing is timed.
 */
class SheetMemoryTests {

	private static final int ROWS = 60_000;

	private static final long MIB = 1024 * 1024;

	@TempDir
	Path dir;

	/** Written row by row too (POI's streaming writer), so the test itself stays small. */
	private Path bigSheet(boolean sharedStrings) throws Exception {
		Path file = this.dir.resolve("organizations.xlsx");
		try (SXSSFWorkbook book = new SXSSFWorkbook(null, 100, false, sharedStrings)) {
			Sheet sheet = book.createSheet("基层工会台账");
			String[] header = Fixtures.ORGANIZATIONS_HEADER.split(",");
			Row first = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				first.createCell(i).setCellValue(header[i]);
			}
			for (int r = 1; r <= ROWS; r++) {
				String first17 = "91440106%09d".formatted(r);
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(first17 + EmployerId.checkCharacter(first17));
				row.createCell(1).setCellValue("广州第" + r + "号有限公司");
				row.createCell(2).setCellValue(440106);
				row.createCell(3).setCellValue("C");
				row.createCell(4).setCellValue("私营");
				row.createCell(5).setCellValue(100);
				row.createCell(6).setCellValue(40);
				row.createCell(7).setCellValue(30);
				row.createCell(8).setCellValue("女职工委员会");
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				book.write(out);
			}
		}
		return file;
	}

	/** Measured: no growth; a reader holding the 54,000 rows it read grew 22 MiB here. */
	@Test
	void memoryStaysFlatOverSixtyThousandRowsOfInlineText() throws Exception {
		assertThat(heapGrowth(bigSheet(false))).as("heap growth from row 6,000 to row 60,000").isLessThan(8 * MIB);
	}

	@Test
	void memoryGrowsOnlyByTheSharedStringsOverSixtyThousandRows() throws Exception {
		// 108,000 strings of 18-20 characters met after row 6,000: about 80 bytes each held as Java strings
		// (measured: 7 MiB). A reader holding the 54,000 rows it read grew 30 MiB here.
		assertThat(heapGrowth(bigSheet(true))).as("heap growth from row 6,000 to row 60,000").isLessThan(16 * MIB);
	}

	/** The heap held at the end of the sheet less the heap held after its first tenth. */
	private long heapGrowth(Path workbook) throws Exception {
		long atTenth = 0;
		int rows = 0;
		try (ReturnReader reader = new SheetSource(ReturnKind.ORGANIZATIONS, workbook, null).open()) {
			ReturnLine line;
			while ((line = reader.next()) != null) {
				rows++;
				if (rows == ROWS / 10) {
					atTenth = usedHeap();
				}
				assertThat(line).isInstanceOf(ReturnRow.class);
			}
			long atEnd = usedHeap();
			System.out.printf("%s: heap after %d rows %d MiB, after %d rows %d MiB%n", workbook.getFileName(), ROWS / 10,
					atTenth / MIB, ROWS, atEnd / MIB);
			assertThat(rows).isEqualTo(ROWS);
			return atEnd - atTenth;
		}
	}

	private static long usedHeap() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return memory.getHeapMemoryUsage().getUsed();
	}
}
