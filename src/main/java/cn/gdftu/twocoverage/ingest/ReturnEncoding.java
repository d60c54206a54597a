package cn.gdftu.twocoverage.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Decides a file's encoding as SPEC §3 says: valid UTF-8 is UTF-8, anything else is GB18030 (what
 * Excel on a Chinese Windows saves); a file that is neither cannot be used.
 */
public final class ReturnEncoding {

	public static final Charset GB18030 = Charset.forName("GB18030");

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private ReturnEncoding() {
	}

	public static Charset detect(Path file) throws IOException, ReturnRejectedException {
		byte[] head = head(file);
		if (Arrays.equals(head, ZIP_MAGIC)) {
			throw new ReturnRejectedException(file.getFileName()
					+ " 是Excel工作簿（.xlsx）而不是CSV文件（扩展名被改成了.csv）：请把扩展名改回.xlsx直接报送，"
					+ "或在Excel中“另存为”CSV UTF-8（逗号分隔）后重新报送");
		}
		if (isUtf16(head)) {
			throw new ReturnRejectedException(file.getFileName()
					+ " 是UTF-16编码的“Unicode文本”（制表符分隔），不是CSV：请在Excel中“另存为”CSV UTF-8（逗号分隔），"
					+ "WPS中另存为CSV并选UTF-8编码，LibreOffice中选“文本CSV”、字符集“Unicode (UTF-8)”、分隔符为逗号；或直接报送Excel工作簿（.xlsx）");
		}
		if (decodes(file, StandardCharsets.UTF_8)) {
			return StandardCharsets.UTF_8;
		}
		if (decodes(file, GB18030)) {
			return GB18030;
		}
		throw new ReturnRejectedException(file.getFileName()
				+ " 文件无法解码（既不是UTF-8也不是GB18030/GBK编码），请另存为CSV（逗号分隔）后重新报送");
	}

	private static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(ZIP_MAGIC.length);
		}
	}

	/** Excel's "Unicode text" starts with a UTF-16 byte-order mark. */
	private static boolean isUtf16(byte[] head) {
		return head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
				|| (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
	}

	/** Streams the whole file through a strict decoder; memory stays at one buffer. */
	private static boolean decodes(Path file, Charset charset) throws IOException {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.allocate(1 << 16);
		CharBuffer out = CharBuffer.allocate(1 << 16);
		try (InputStream stream = Files.newInputStream(file)) {
			boolean end = false;
			while (!end) {
				int read = stream.read(in.array(), in.position(), in.remaining());
				if (read < 0) {
					end = true;
				}
				else {
					in.position(in.position() + read);
				}
				in.flip();
				CoderResult result;
				do {
					out.clear();
					result = decoder.decode(in, out, end);
					if (result.isError()) {
						return false;
					}
				}
				while (result.isOverflow());
				in.compact();
			}
			out.clear();
			return !decoder.flush(out).isError();
		}
	}
}
