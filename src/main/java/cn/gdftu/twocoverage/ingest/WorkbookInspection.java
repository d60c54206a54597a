package cn.gdftu.twocoverage.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook looked over before any reader holds a part of it in memory: every part unpacked once as a
 * stream, counted against {@link WorkbookLimits#maxUnpacked()}, and the sheets and shared strings
 * parsed with SAX (text arrives in small pieces) to measure each cell against
 * {@link WorkbookLimits#maxCellLength()}. A damaged zip or XML is found here too. Memory stays flat
 * whatever the file holds.
 */
final class WorkbookInspection {

	private final Path file;

	private final WorkbookLimits limits;

	private long unpacked;

	private WorkbookInspection(Path file, WorkbookLimits limits) {
		this.file = file;
		this.limits = limits;
	}

	static void inspect(Path file, WorkbookLimits limits) throws ReturnRejectedException {
		new WorkbookInspection(file, limits).inspect();
	}

	private void inspect() throws ReturnRejectedException {
		try (ZipFile zip = new ZipFile(this.file.toFile())) {
			if (zip.size() > WorkbookLimits.MAX_PARTS) {
				throw tooBig();
			}
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				try (InputStream in = new Budget(zip.getInputStream(entry))) {
					if (holdsCells(entry.getName())) {
						cells(in);
					}
					else {
						in.transferTo(OutputStream.nullOutputStream());
					}
				}
			}
		}
		catch (IOException | SAXException | RuntimeException ex) {
			throw refusal(ex);
		}
	}

	/** A limit this inspection hit, wherever the readers wrapped it; else the file is damaged. */
	private ReturnRejectedException refusal(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof Refused refused) {
				return refused.rejection;
			}
		}
		return Workbooks.damaged(this.file);
	}

	private static Throwable next(Throwable failure) {
		Throwable cause = (failure instanceof SAXException sax && sax.getException() != null) ? sax.getException()
				: failure.getCause();
		return (cause == failure) ? null : cause;
	}

	private static boolean holdsCells(String part) {
		return part.startsWith("xl/worksheets/") && part.endsWith(".xml") || part.equals("xl/sharedStrings.xml");
	}

	private void cells(InputStream in) throws IOException, SAXException {
		parser().parse(in, new DefaultHandler() {

			private long cell;

			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				String name = qName.substring(qName.indexOf(':') + 1);
				if (name.equals("c") || name.equals("si")) {
					this.cell = 0;
				}
			}

			@Override
			public void characters(char[] text, int start, int length) throws SAXException {
				this.cell += length;
				if (this.cell > WorkbookInspection.this.limits.maxCellLength()) {
					throw new Refused(cellTooLong());
				}
			}
		});
	}

	private static SAXParser parser() throws SAXException {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setNamespaceAware(false);
			return factory.newSAXParser();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private ReturnRejectedException tooBig() {
		return new ReturnRejectedException(this.file.getFileName() + " 解压后超过 "
				+ this.limits.maxUnpacked() / (1024 * 1024) + " MB，远大于一份报表应有的大小（可能含有大量空白格式、图片或异常内容）："
				+ "请只保留“基层工会台账”和“专项集体合同”两张表，在Excel或WPS中复制到新工作簿后另存为Excel工作簿（.xlsx）重新报送");
	}

	private ReturnRejectedException cellTooLong() {
		return new ReturnRejectedException(this.file.getFileName() + " 中有单元格超过 " + this.limits.maxCellLength()
				+ " 个字符，远超任何一项应填的内容（名称、代码、日期都很短）：请在Excel或WPS中找到并删除这个异常单元格，"
				+ "再另存为Excel工作簿（.xlsx）重新报送");
	}

	/** A refusal carried through the zip and XML readers, which only let IOException and SAXException pass. */
	private static final class Refused extends SAXException {

		private final transient ReturnRejectedException rejection;

		Refused(ReturnRejectedException rejection) {
			super(rejection.getMessage());
			this.rejection = rejection;
		}
	}

	/** Counts every unpacked byte against the workbook's limit. */
	private final class Budget extends FilterInputStream {

		Budget(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				spend(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				spend(n);
			}
			return n;
		}

		private void spend(long bytes) throws IOException {
			WorkbookInspection.this.unpacked += bytes;
			if (WorkbookInspection.this.unpacked > WorkbookInspection.this.limits.maxUnpacked()) {
				throw new IOException(new Refused(tooBig()));
			}
		}
	}
}
