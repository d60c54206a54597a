package cn.gdftu.twocoverage.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/** Opening a city's {@code .xlsx} workbook for streaming, and the sheets a person can see in it. */
final class Workbooks {

	/** Cell formats are needed to tell a date cell from a number; a cell that does not parse is kept as text. */
	private static final ReadingOptions OPTIONS = new ReadingOptions(true, true);

	private Workbooks() {
	}

	static ReadableWorkbook open(Path file) throws ReturnRejectedException {
		try {
			return new ReadableWorkbook(file.toFile(), OPTIONS);
		}
		catch (IOException | RuntimeException ex) {
			throw damaged(file);
		}
	}

	/** The one answer for a workbook that does not open or read as one, never in Java's words. */
	static ReturnRejectedException damaged(Path file) {
		return new ReturnRejectedException(file.getFileName() + " 无法作为Excel工作簿（.xlsx）打开（文件可能已损坏或被加密），"
				+ "请在Excel或WPS中打开后重新“另存为”Excel工作簿（.xlsx），不要设置密码");
	}

	/** Hidden sheets hold lookup lists and old copies, never the return. */
	static List<Sheet> visibleSheets(ReadableWorkbook book) {
		return book.getSheets().filter((s) -> s.getVisibility() == SheetVisibility.VISIBLE).toList();
	}

	/** The names of the visible sheets of a workbook, for choosing sources. */
	static List<String> visibleSheetNames(Path file) throws ReturnRejectedException, IOException {
		try (ReadableWorkbook book = open(file)) {
			return visibleSheets(book).stream().map(Sheet::getName).toList();
		}
	}
}
