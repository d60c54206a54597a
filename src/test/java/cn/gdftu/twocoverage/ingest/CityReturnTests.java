package cn.gdftu.twocoverage.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static cn.gdftu.twocoverage.ingest.Fixtures.GZ1;
import static org.assertj.core.api.Assertions.assertThat;

class CityReturnTests {

	private static final String ONE_UNION = Fixtures.ORGANIZATIONS_HEADER + "\n" + GZ1
			+ ",广州甲电子有限公司,440106,C,国有,100,40,30,女职工委员会\n";

	@TempDir
	Path dir;

	private CityReturn guangzhou() {
		return new CityReturn("440100", this.dir.resolve("440100"));
	}

	private Path file(ReturnKind kind) {
		return this.dir.resolve("440100").resolve(kind.fileName());
	}

	/** Why the check rejects the whole return once it reads the files (null if it does not). */
	private String rejectedOnReading() {
		return CityRun.of(this.dir.resolve("440100"), "440100").rejected;
	}

	private void organizations(String text) throws Exception {
		Fixtures.write(file(ReturnKind.ORGANIZATIONS), text, StandardCharsets.UTF_8);
	}

	private void contracts(String text) throws Exception {
		Fixtures.write(file(ReturnKind.CONTRACTS), text, StandardCharsets.UTF_8);
	}

	@Nested
	class Missing {

		@Test
		void noFolder() {
			assertThat(guangzhou().survey()).isEqualTo(new CityReturn.Missing("本期未报送（没有该市的文件夹）"));
		}

		@Test
		void anEmptyFolder() throws Exception {
			Files.createDirectories(dir.resolve("440100"));
			assertThat(guangzhou().survey())
				.isEqualTo(new CityReturn.Missing("本期未报送（文件夹中没有organizations.csv和contracts.csv）"));
		}

		@Test
		void aFolderWithOnlyHiddenAndLockFiles() throws Exception {
			Fixtures.write(dir.resolve("440100/.DS_Store"), "x", StandardCharsets.UTF_8);
			Fixtures.write(dir.resolve("440100/~$月报.xlsx"), "x", StandardCharsets.UTF_8);
			assertThat(guangzhou().survey()).isInstanceOf(CityReturn.Missing.class);
		}

		@Test
		void aFileInsteadOfAFolder() throws Exception {
			Fixtures.write(dir.resolve("440100"), ONE_UNION, StandardCharsets.UTF_8);
			assertThat(guangzhou().survey()).isInstanceOf(CityReturn.Missing.class);
		}
	}

	@Nested
	class Rejected {

		@Test
		void onlyOrganizations() throws Exception {
			organizations(ONE_UNION);
			assertThat(guangzhou().survey()).isEqualTo(new CityReturn.Rejected(
					"缺少contracts.csv（专项集体合同），请与organizations.csv一并报送；没有合同时请报送只有表头的文件"));
		}

		@Test
		void onlyContracts() throws Exception {
			contracts(Fixtures.CONTRACTS_HEADER + "\n");
			assertThat(guangzhou().survey())
				.isEqualTo(new CityReturn.Rejected("缺少organizations.csv（基层工会台账），请与contracts.csv一并报送"));
		}

		@Test
		void organizationsWithOnlyItsHeader() throws Exception {
			organizations(Fixtures.ORGANIZATIONS_HEADER + "\n");
			contracts(Fixtures.CONTRACTS_HEADER + "\n");
			assertThat(rejectedOnReading()).isEqualTo("organizations.csv 没有数据行（只有表头），请填写基层工会台账后重新报送");
		}

		@Test
		void organizationsWithOnlyTitlesTotalsAndBlankLines() throws Exception {
			organizations("基层工会女职工组织建设情况统计表\n" + Fixtures.ORGANIZATIONS_HEADER + "\n,,,\n合计,,,,,0,0,0,\n\n");
			contracts(Fixtures.CONTRACTS_HEADER + "\n");
			assertThat(rejectedOnReading()).startsWith("organizations.csv 没有数据行");
		}

		@Test
		void organizationsWithoutAHeader() throws Exception {
			organizations(GZ1 + ",广州甲电子有限公司,440106,C,国有,100,40,30,女职工委员会\n");
			contracts(Fixtures.CONTRACTS_HEADER + "\n");
			assertThat(rejectedOnReading()).startsWith("organizations.csv 找不到表头")
				.contains("employer_id（统一社会信用代码）", "women_org（女职工组织）");
		}

		@Test
		void contractsMissingARequiredColumn() throws Exception {
			organizations(ONE_UNION);
			contracts("contract_id,scope,employer_id,effective_from,备注\n");
			assertThat(rejectedOnReading())
				.isEqualTo("contracts.csv 缺少必需的列：expires_on（到期日期），请按模板补齐表头后重新报送");
		}

		@Test
		void anXlsxSavedAsCsv() throws Exception {
			Files.createDirectories(dir.resolve("440100"));
			Files.write(file(ReturnKind.ORGANIZATIONS), new byte[] { 'P', 'K', 3, 4, 0x14, 0, 6, 0 });
			contracts(Fixtures.CONTRACTS_HEADER + "\n");
			assertThat(rejectedOnReading()).startsWith("organizations.csv 是Excel工作簿（.xlsx）");
		}

		@Test
		void anUndecodableContractsFile() throws Exception {
			organizations(ONE_UNION);
			Files.write(file(ReturnKind.CONTRACTS), new byte[] { (byte) 0xFF, (byte) 0x80, (byte) 0xFF, 0x0A });
			assertThat(rejectedOnReading()).startsWith("contracts.csv 文件无法解码");
		}

		@Test
		void anUnterminatedQuoteAboveTheHeader() throws Exception {
			organizations("\"基层工会女职工组织建设情况统计表\n" + ONE_UNION);
			contracts(Fixtures.CONTRACTS_HEADER + "\n");
			assertThat(rejectedOnReading()).contains("第1行起无法按CSV格式读取");
		}
	}

	@Nested
	class Ready {

		@Test
		void bothFilesWithAHeaderOnlyContractsFile() throws Exception {
			organizations(ONE_UNION);
			contracts(Fixtures.CONTRACTS_HEADER + "\n");
			assertThat(guangzhou().survey()).isEqualTo(new CityReturn.Ready(dir.resolve("440100").toRealPath(),
					new CsvSource(ReturnKind.ORGANIZATIONS, dir.resolve("440100").toRealPath().resolve("organizations.csv")),
					new CsvSource(ReturnKind.CONTRACTS, dir.resolve("440100").toRealPath().resolve("contracts.csv"))));
			assertThat(rejectedOnReading()).isNull();
		}

		@Test
		void rowsBadInThemselvesDoNotStopTheSurvey() throws Exception {
			organizations(Fixtures.ORGANIZATIONS_HEADER + "\n" + GZ1 + ",,,,,,,,\n");
			contracts(Fixtures.CONTRACTS_HEADER + "\nHT-1,集体,x,y,z\n");
			assertThat(guangzhou().survey()).isInstanceOf(CityReturn.Ready.class);
		}

		@Test
		void theFixtureReturns() {
			assertThat(new CityReturn("440100", Fixtures.resource("/ingest/gb18030-excel")).survey())
				.isInstanceOf(CityReturn.Ready.class);
			assertThat(new CityReturn("441900", Fixtures.resource("/ingest/utf8-bom")).survey())
				.isInstanceOf(CityReturn.Ready.class);
		}
	}

	/** The collection site keeps each upload in a folder of its own and links the city folder to the current one. */
	@Nested
	class SymlinkedCityFolder {

		private Path upload(String version, String name) throws Exception {
			Path folder = dir.resolve(".uploads/2026-10/440100/" + version);
			Fixtures.write(folder.resolve("organizations.csv"), Fixtures.ORGANIZATIONS_HEADER + "\n" + GZ1 + "," + name
					+ ",440106,C,国有,100,40,30,女职工委员会\n", StandardCharsets.UTF_8);
			Fixtures.write(folder.resolve("contracts.csv"), Fixtures.CONTRACTS_HEADER + "\n", StandardCharsets.UTF_8);
			return folder;
		}

		@Test
		void isResolvedOnceAndReadFromTheUploadItPointedTo() throws Exception {
			Path first = upload("1", "第一版有限公司");
			Path second = upload("2", "第二版有限公司");
			Path link = dir.resolve("2026-10/440100");
			Files.createDirectories(link.getParent());
			Files.createSymbolicLink(link, first);
			CityReturn.Survey survey = new CityReturn("440100", link).survey();
			// The site swaps the link to the next upload after the survey: the check stays on the first.
			Path swapped = dir.resolve("2026-10/440100.next");
			Files.createSymbolicLink(swapped, second);
			Files.move(swapped, link, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			assertThat(survey).isInstanceOf(CityReturn.Ready.class);
			CityReturn.Ready ready = (CityReturn.Ready) survey;
			assertThat(ready.folder()).isEqualTo(first.toRealPath());
			assertThat(((CsvSource) ready.organizations()).file().getParent()).isEqualTo(first.toRealPath());
			assertThat(((CsvSource) ready.contracts()).file().getParent()).isEqualTo(first.toRealPath());
		}

		@Test
		void theCheckReadsTheCurrentUploadThroughTheLink() throws Exception {
			Path link = dir.resolve("2026-10/440100");
			Files.createDirectories(link.getParent());
			Files.createSymbolicLink(link, upload("7", "当前版有限公司"));
			CityRun run = CityRun.of(link, "440100");
			assertThat(run.status()).isEqualTo("submitted");
			assertThat(run.organizations).extracting(Organization::employerName).containsExactly("当前版有限公司");
		}
	}
}
