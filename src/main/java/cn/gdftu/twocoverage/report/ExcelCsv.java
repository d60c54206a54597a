package cn.gdftu.twocoverage.report;

import java.io.Closeable;
import java.io.IOException;
import java.util.Arrays;

import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file people open in Excel: every text cell goes through {@link ExcelText#cell(String)} on its
 * way out, so no writer can forget to make a formula inert. Numbers and dates are written as they are.
 */
public final class ExcelCsv implements Closeable {

	private final CSVPrinter printer;

	ExcelCsv(CSVPrinter printer) {
		this.printer = printer;
	}

	public void printRecord(Object... values) throws IOException {
		this.printer.printRecord(Arrays.stream(values).map(ExcelCsv::inert).toArray());
	}

	public void printRecord(Iterable<?> values) throws IOException {
		java.util.List<Object> cells = new java.util.ArrayList<>();
		values.forEach((value) -> cells.add(inert(value)));
		this.printer.printRecord(cells);
	}

	private static Object inert(Object value) {
		return (value instanceof CharSequence text) ? ExcelText.cell(text.toString()) : value;
	}

	@Override
	public void close() throws IOException {
		this.printer.close();
	}
}
