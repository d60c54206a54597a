package cn.gdftu.twocoverage.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one CSV file a record at a time in a dress, RFC 4180 quoting where a cell needs it, and
 * counts physical lines (header = the line after the title lines) so planted rows can be found again.
 */
final class CsvOut implements AutoCloseable {

	private final Writer writer;

	private final String newline;

	private final StringBuilder record = new StringBuilder(256);

	private int lines;

	CsvOut(Path file, Dress dress) throws IOException {
		this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), dress.charset()), 1 << 16);
		this.newline = dress.newline();
		if (dress.bom()) {
			this.writer.write('\uFEFF');
		}
	}

	/** Writes a line as it is (a title line) and answers its number. */
	int line(String text) throws IOException {
		this.writer.write(text);
		this.writer.write(this.newline);
		return ++this.lines;
	}

	/** Writes one record and answers its physical line number. */
	int row(String... cells) throws IOException {
		StringBuilder out = this.record;
		out.setLength(0);
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			appendCell(out, cells[i]);
		}
		out.append(this.newline);
		this.writer.append(out);
		return ++this.lines;
	}

	@Override
	public void close() throws IOException {
		this.writer.close();
	}

	private static void appendCell(StringBuilder out, String cell) {
		boolean quote = false;
		for (int i = 0; i < cell.length() && !quote; i++) {
			char c = cell.charAt(i);
			quote = c == ',' || c == '"' || c == '\n' || c == '\r';
		}
		if (!quote) {
			out.append(cell);
			return;
		}
		out.append('"');
		for (int i = 0; i < cell.length(); i++) {
			char c = cell.charAt(i);
			if (c == '"') {
				out.append('"');
			}
			out.append(c);
		}
		out.append('"');
	}
}
