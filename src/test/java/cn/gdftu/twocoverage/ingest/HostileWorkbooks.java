package cn.gdftu.twocoverage.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks written part by part with {@code java.util.zip}, as an attacker would: a good one to compare
 * with, one whose single cell unpacks to tens of megabytes, one padded to unpack beyond any limit, one
 * whose relationship leads outside the package, and one with flipped bits. The big parts are streamed,
 * so the test itself never holds them in memory.
 */
public final class HostileWorkbooks {

	public static final String ORGANIZATIONS = "employer_id,employer_name,county_code,industry,ownership,employees,"
			+ "women_employees,women_members,women_org\n"
			+ "91440106000000010U,甲公司,440106,C,private,100,40,30,committee\n";

	public static final String CONTRACTS = "contract_id,scope,employer_id,effective_from,expires_on\n"
			+ "HT-1,enterprise,91440106000000010U,2025-01-01,2027-12-31\n";

	private static final String SHEET_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

	private HostileWorkbooks() {
	}

	/** A good return in one workbook (two sheets named for the tables). */
	public static Path good(Path file) throws IOException {
		return write(file, "worksheets/sheet1.xml", (out) -> sheet(out, ORGANIZATIONS, 0, 0), null, 0);
	}

	/** The organizations sheet's second row has an employer_id of {@code characters} digits. */
	public static Path giantCell(Path file, int characters) throws IOException {
		return write(file, "worksheets/sheet1.xml", (out) -> sheet(out, ORGANIZATIONS, 2, characters), null, 0);
	}

	/** A good return plus a part of {@code bytes} zeros (compresses a thousandfold). */
	public static Path inflating(Path file, long bytes) throws IOException {
		return write(file, "worksheets/sheet1.xml", (out) -> sheet(out, ORGANIZATIONS, 0, 0), "xl/media/image1.png",
				bytes);
	}

	/** The first sheet's relationship points out of the package. */
	public static Path relationshipOutside(Path file) throws IOException {
		return write(file, "../../../../../../etc/passwd", (out) -> sheet(out, ORGANIZATIONS, 0, 0), null, 0);
	}

	/** A good workbook with 32 bytes flipped in its middle. */
	public static Path bitFlipped(Path file) throws IOException {
		good(file);
		byte[] bytes = Files.readAllBytes(file);
		for (int i = bytes.length / 3; i < bytes.length / 3 + 32; i++) {
			bytes[i] = (byte) ~bytes[i];
		}
		Files.write(file, bytes);
		return file;
	}

	private interface Part {

		void write(OutputStream out) throws IOException;
	}

	private static Path write(Path file, String firstSheetTarget, Part firstSheet, String padding, long paddingBytes)
			throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			text(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
					+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
					+ "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
					+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
					+ "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
					+ "</Types>");
			text(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
					+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
					+ "</Relationships>");
			text(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
					+ "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
					+ "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
					+ "<sheet name=\"基层工会台账\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"专项集体合同\" sheetId=\"2\" r:id=\"rId2\"/>"
					+ "</sheets></workbook>");
			text(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
					+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"" + SHEET_REL + "\" Target=\"" + firstSheetTarget + "\"/>"
					+ "<Relationship Id=\"rId2\" Type=\"" + SHEET_REL + "\" Target=\"worksheets/sheet2.xml\"/>"
					+ "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
					+ "Target=\"styles.xml\"/>"
					+ "</Relationships>");
			text(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
					+ "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
					+ "<cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			firstSheet.write(zip);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet2.xml"));
			sheet(zip, CONTRACTS, 0, 0);
			zip.closeEntry();
			if (padding != null) {
				zip.putNextEntry(new ZipEntry(padding));
				byte[] zeros = new byte[1 << 16];
				for (long left = paddingBytes; left > 0; left -= zeros.length) {
					zip.write(zeros, 0, (int) Math.min(zeros.length, left));
				}
				zip.closeEntry();
			}
		}
		return file;
	}

	private static void text(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	/** The CSV text as inline-string cells; the first cell of row {@code giantRow} replaced by a long one. */
	private static void sheet(OutputStream out, String csv, int giantRow, int giantLength) throws IOException {
		out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
			.getBytes(StandardCharsets.UTF_8));
		String[] lines = csv.split("\n");
		for (int r = 0; r < lines.length; r++) {
			int row = r + 1;
			StringBuilder xml = new StringBuilder("<row r=\"" + row + "\">");
			List<String> cells = new ArrayList<>(List.of(lines[r].split(",", -1)));
			for (int c = 0; c < cells.size(); c++) {
				xml.append("<c r=\"").append((char) ('A' + c)).append(row).append("\" t=\"inlineStr\"><is><t>");
				if (row == giantRow && c == 0) {
					out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
					xml.setLength(0);
					byte[] nines = "9".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
					for (int left = giantLength; left > 0; left -= nines.length) {
						out.write(nines, 0, Math.min(nines.length, left));
					}
				}
				else {
					xml.append(cells.get(c));
				}
				xml.append("</t></is></c>");
			}
			xml.append("</row>");
			out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
		}
		out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
	}
}
