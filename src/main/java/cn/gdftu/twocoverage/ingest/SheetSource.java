package cn.gdftu.twocoverage.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A table in an {@code .xlsx} workbook (SPEC §8): a sheet named for the table in a workbook of any
 * name, or — {@code sheet} null — the first visible sheet with the table's header in
 * {@code organizations.xlsx} or {@code contracts.xlsx}.
 */
public record SheetSource(ReturnKind kind, Path workbook, String sheet) implements ReturnSource {

	@Override
	public String name() {
		return (this.sheet == null) ? fileName() : label(this.sheet);
	}

	@Override
	public ReturnReader open() throws IOException, ReturnRejectedException {
		ReadableWorkbook book = Workbooks.open(this.workbook);
		try {
			ReturnReader reader = (this.sheet == null) ? firstWithHeader(book) : read(book, named(book));
			return reader;
		}
		catch (ReturnRejectedException ex) {
			book.close();
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// A part missing, or a relationship leading outside the package: damaged, in the city's words.
			book.close();
			throw Workbooks.damaged(this.workbook);
		}
	}

	private Sheet named(ReadableWorkbook book) throws ReturnRejectedException {
		return book.findSheet(this.sheet).orElseThrow(() -> new ReturnRejectedException(name() + " 工作表不存在"));
	}

	/** The first visible sheet that opens as the table; if none does, the first one's reason. */
	private ReturnReader firstWithHeader(ReadableWorkbook book) throws IOException, ReturnRejectedException {
		List<Sheet> sheets = Workbooks.visibleSheets(book);
		ReturnRejectedException first = null;
		for (Sheet candidate : sheets) {
			try {
				return read(book, candidate);
			}
			catch (ReturnRejectedException ex) {
				first = (first == null) ? ex : first;
			}
		}
		throw (first != null) ? first
				: new ReturnRejectedException(fileName() + " 没有可见的工作表，请把" + this.kind.title() + "放在第一个工作表后重新报送");
	}

	private ReturnReader read(ReadableWorkbook book, Sheet sheet) throws IOException, ReturnRejectedException {
		SheetRecords records = new SheetRecords(label(sheet.getName()), sheet.openStream(), book.isDate1904());
		ReturnReader reader = ReturnReader.open(this.kind, label(sheet.getName()), records, null);
		records.closeAlso(book);
		return reader;
	}

	private String label(String sheetName) {
		return fileName() + "[" + sheetName + "]";
	}

	private String fileName() {
		return this.workbook.getFileName().toString();
	}
}
