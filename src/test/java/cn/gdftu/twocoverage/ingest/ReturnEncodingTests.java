package cn.gdftu.twocoverage.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReturnEncodingTests {

	private static final String CHINESE = "统一社会信用代码,单位名称\n" + Fixtures.GZ1 + ",广州甲电子有限公司\n";

	@TempDir
	Path dir;

	@Nested
	class Utf8 {

		@Test
		void withoutBom() throws Exception {
			Path file = Fixtures.write(dir.resolve("organizations.csv"), CHINESE, StandardCharsets.UTF_8);
			assertThat(ReturnEncoding.detect(file)).isEqualTo(StandardCharsets.UTF_8);
		}

		@Test
		void withBom() throws Exception {
			Path file = Fixtures.write(dir.resolve("organizations.csv"), "\uFEFF" + CHINESE, StandardCharsets.UTF_8);
			assertThat(ReturnEncoding.detect(file)).isEqualTo(StandardCharsets.UTF_8);
		}

		@Test
		void plainAsciiIsUtf8() throws Exception {
			Path file = Fixtures.write(dir.resolve("contracts.csv"), Fixtures.CONTRACTS_HEADER + "\n", StandardCharsets.US_ASCII);
			assertThat(ReturnEncoding.detect(file)).isEqualTo(StandardCharsets.UTF_8);
		}

		@Test
		void anEmptyFileIsUtf8() throws Exception {
			Path file = Files.write(dir.resolve("contracts.csv"), new byte[0]);
			assertThat(ReturnEncoding.detect(file)).isEqualTo(StandardCharsets.UTF_8);
		}

		@Test
		void chineseBeyondTheFirstBufferIsStillUtf8() throws Exception {
			// More than one 64 KiB buffer, with three-byte characters across the buffer boundaries.
			Path file = Fixtures.write(dir.resolve("organizations.csv"), "女职工委员会,".repeat(20_000), StandardCharsets.UTF_8);
			assertThat(Files.size(file)).isGreaterThan(1 << 17);
			assertThat(ReturnEncoding.detect(file)).isEqualTo(StandardCharsets.UTF_8);
		}
	}

	@Nested
	class Gb18030 {

		@Test
		void whatExcelOnAChineseWindowsSaves() throws Exception {
			Path file = Fixtures.write(dir.resolve("organizations.csv"), CHINESE, ReturnEncoding.GB18030);
			assertThat(ReturnEncoding.detect(file)).isEqualTo(ReturnEncoding.GB18030);
		}

		@Test
		void theGbkFixtureFileIsGb18030() throws Exception {
			assertThat(ReturnEncoding.detect(Fixtures.resource("/ingest/gb18030-excel/organizations.csv")))
				.isEqualTo(ReturnEncoding.GB18030);
		}

		@Test
		void twoByteCharactersAcrossTheBufferBoundaries() throws Exception {
			// Five bytes a repeat: 65,536 is not a multiple of five, so characters straddle each buffer's end.
			Path file = Fixtures.write(dir.resolve("organizations.csv"), "广州,".repeat(40_000), ReturnEncoding.GB18030);
			assertThat(Files.size(file)).isEqualTo(200_000);
			assertThat(ReturnEncoding.detect(file)).isEqualTo(ReturnEncoding.GB18030);
		}

		@Test
		void aFileThatIsUtf8UntilItsLastLineIsGb18030() throws Exception {
			byte[] utf8 = ("单位名称\n" + "x\n".repeat(40_000)).getBytes(StandardCharsets.UTF_8);
			byte[] gbk = "广州\n".getBytes(ReturnEncoding.GB18030);
			byte[] both = new byte[utf8.length + gbk.length];
			System.arraycopy(utf8, 0, both, 0, utf8.length);
			System.arraycopy(gbk, 0, both, utf8.length, gbk.length);
			Path file = Files.write(dir.resolve("organizations.csv"), both);
			assertThat(ReturnEncoding.detect(file)).isEqualTo(ReturnEncoding.GB18030);
		}
	}

	@Nested
	class Rejected {

		@Test
		void randomHighBytesAreNeitherUtf8NorGb18030() throws IOException {
			byte[] noise = new byte[4096];
			new Random(20260901L).nextBytes(noise);
			for (int i = 0; i < noise.length; i++) {
				noise[i] |= (byte) 0x80;
			}
			noise[0] = (byte) 0xFF;
			Path file = Files.write(dir.resolve("organizations.csv"), noise);
			assertThatExceptionOfType(ReturnRejectedException.class).isThrownBy(() -> ReturnEncoding.detect(file))
				.withMessage("organizations.csv 文件无法解码（既不是UTF-8也不是GB18030/GBK编码），请另存为CSV（逗号分隔）后重新报送");
		}

		@Test
		void anXlsxSavedAsCsvIsRejectedAsAWorkbook() throws IOException {
			byte[] xlsx = { 'P', 'K', 3, 4, 0x14, 0, 0, 0, 8, 0, '[', 'C', 'o', 'n', 't', 'e', 'n', 't' };
			Path file = Files.write(dir.resolve("contracts.csv"), xlsx);
			assertThatExceptionOfType(ReturnRejectedException.class).isThrownBy(() -> ReturnEncoding.detect(file))
				.withMessage("contracts.csv 是Excel工作簿（.xlsx）而不是CSV文件（扩展名被改成了.csv）：请把扩展名改回.xlsx直接报送，"
						+ "或在Excel中“另存为”CSV UTF-8（逗号分隔）后重新报送");
		}

		@Test
		void aCsvThatMerelyStartsWithPkIsNotAWorkbook() throws Exception {
			Path file = Fixtures.write(dir.resolve("contracts.csv"), "PK,scope\n", StandardCharsets.UTF_8);
			assertThat(ReturnEncoding.detect(file)).isEqualTo(StandardCharsets.UTF_8);
		}
	}
}
