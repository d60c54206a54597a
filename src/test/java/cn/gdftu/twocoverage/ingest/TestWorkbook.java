package cn.gdftu.twocoverage.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook written the way a spreadsheet program saves one, for the Excel source tests: text, number,
 * date and formula cells (formulas saved with their cached values), rows at the numbers given.
 */
final class TestWorkbook implements AutoCloseable {

	/** A date cell under a number format: a built-in id or a custom format string. */
	record DateCell(LocalDate date, Object format) {
	}

	/** A formula; its value is cached when the workbook is saved. */
	record Formula(String text) {
	}

	/** A number under a number format, e.g. a yyyymmdd typed into a date cell. */
	record Formatted(double number, Object format) {
	}

	final XSSFWorkbook book = new XSSFWorkbook();

	private final Map<Object, CellStyle> styles = new HashMap<>();

	Sheet sheet(String name) {
		return this.book.createSheet(name);
	}

	/** Writes a row at its 1-based number, as Excel numbers rows. */
	TestWorkbook row(Sheet sheet, int number, Object... cells) {
		Row row = sheet.createRow(number - 1);
		for (int i = 0; i < cells.length; i++) {
			if (cells[i] != null) {
				set(row.createCell(i), cells[i]);
			}
		}
		return this;
	}

	Path save(Path file) throws IOException {
		this.book.getCreationHelper().createFormulaEvaluator().evaluateAll();
		Files.createDirectories(file.getParent());
		try (OutputStream out = Files.newOutputStream(file)) {
			this.book.write(out);
		}
		return file;
	}

	@Override
	public void close() throws IOException {
		this.book.close();
	}

	private void set(Cell cell, Object value) {
		if (value instanceof String text) {
			cell.setCellValue(text);
		}
		else if (value instanceof Number number) {
			cell.setCellValue(new BigDecimal(number.toString()).doubleValue());
		}
		else if (value instanceof DateCell date) {
			cell.setCellValue(date.date());
			cell.setCellStyle(style(date.format()));
		}
		else if (value instanceof Formatted formatted) {
			cell.setCellValue(formatted.number());
			cell.setCellStyle(style(formatted.format()));
		}
		else if (value instanceof Formula formula) {
			cell.setCellFormula(formula.text());
		}
		else {
			throw new IllegalArgumentException("no cell for " + value);
		}
	}

	private CellStyle style(Object format) {
		return this.styles.computeIfAbsent(format, (f) -> {
			CellStyle style = this.book.createCellStyle();
			style.setDataFormat((f instanceof Integer id) ? id.shortValue()
					: this.book.createDataFormat().getFormat((String) f));
			return style;
		});
	}
}
