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

	private void organizations(String text) throws Exception {
		Fixtures.write(guangzhou().file(ReturnKind.ORGANIZATIONS), text, StandardCharsets.UTF_8);
	}

	private void contracts(String text) throws Exception {
		Fixtures.write(guangzhou().file(ReturnKind.CONTRACTS), text, StandardCharsets.UTF_8);
	}

	@Test
	void filesAreNamedAsTheSpecSays() {
		assertThat(guangzhou().file(ReturnKind.ORGANIZATIONS)).isEqualTo(dir.resolve("440100/organizations.csv"));
		assertThat(guangzhou().file(ReturnKind.CONTRACTS)).isEqualTo(dir.resolve("440100/contracts.csv"));
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
		void aFolderWithOnlyOtherFiles() throws Exception {
			Fixtures.write(dir.resolve("440100/报送说明.txt"), "各市请于每月5日前报送。", StandardCharsets.UTF_8);
			Fixtures.write(dir.resolve("440100/organizations.xlsx"), "PK", StandardCharsets.UTF_8);
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
			assertThat(guangzhou().survey())
				.isEqualTo(new CityReturn.Rejected("organizations.csv 没有数据行（只有表头），请填写基层工会台账后重新报送"));
		}

		@Test
		void organizationsWithOnlyTitlesTotalsAndBlankLines() throws Exception {
			organizations("基层工会女职工组织建设情况统计表\n" + Fixtures.ORGANIZATIONS_HEADER + "\n,,,\n合计,,,,,0,0,0,\n\n");
			contracts(Fixtures.CONTRACTS_HEADER + "\n");
			assertThat(guangzhou().survey()).isInstanceOf(CityReturn.Rejected.class);
		}

		@Test
		void organizationsWithoutAHeader() throws Exception {
			organizations(GZ1 + ",广州甲电子有限公司,440106,C,国有,100,40,30,女职工委员会\n");
			contracts(Fixtures.CONTRACTS_HEADER + "\n");
			CityReturn.Survey survey = guangzhou().survey();
			assertThat(survey).isInstanceOf(CityReturn.Rejected.class);
			assertThat(((CityReturn.Rejected) survey).message()).startsWith("organizations.csv 找不到表头")
				.contains("employer_id（统一社会信用代码）", "women_org（女职工组织）");
		}

		@Test
		void contractsMissingARequiredColumn() throws Exception {
			organizations(ONE_UNION);
			contracts("contract_id,scope,employer_id,effective_from,备注\n");
			assertThat(guangzhou().survey()).isEqualTo(
					new CityReturn.Rejected("contracts.csv 缺少必需的列：expires_on（到期日期），请按模板补齐表头后重新报送"));
		}

		@Test
		void anXlsxSavedAsCsv() throws Exception {
			Files.createDirectories(dir.resolve("440100"));
			Files.write(guangzhou().file(ReturnKind.ORGANIZATIONS), new byte[] { 'P', 'K', 3, 4, 0x14, 0, 6, 0 });
			contracts(Fixtures.CONTRACTS_HEADER + "\n");
			CityReturn.Survey survey = guangzhou().survey();
			assertThat(survey).isInstanceOf(CityReturn.Rejected.class);
			assertThat(((CityReturn.Rejected) survey).message()).startsWith("organizations.csv 是Excel工作簿（.xlsx）");
		}

		@Test
		void anUndecodableContractsFile() throws Exception {
			organizations(ONE_UNION);
			Files.write(guangzhou().file(ReturnKind.CONTRACTS), new byte[] { (byte) 0xFF, (byte) 0x80, (byte) 0xFF, 0x0A });
			CityReturn.Survey survey = guangzhou().survey();
			assertThat(survey).isInstanceOf(CityReturn.Rejected.class);
			assertThat(((CityReturn.Rejected) survey).message()).startsWith("contracts.csv 文件无法解码");
		}

		@Test
		void anUnterminatedQuoteAboveTheHeader() throws Exception {
			organizations("\"基层工会女职工组织建设情况统计表\n" + ONE_UNION);
			contracts(Fixtures.CONTRACTS_HEADER + "\n");
			CityReturn.Survey survey = guangzhou().survey();
			assertThat(survey).isInstanceOf(CityReturn.Rejected.class);
			assertThat(((CityReturn.Rejected) survey).message()).contains("第1行起无法按CSV格式读取");
		}
	}

	@Nested
	class Ready {

		@Test
		void bothFilesWithAHeaderOnlyContractsFile() throws Exception {
			organizations(ONE_UNION);
			contracts(Fixtures.CONTRACTS_HEADER + "\n");
			assertThat(guangzhou().survey()).isEqualTo(new CityReturn.Ready(dir.resolve("440100/organizations.csv"),
					dir.resolve("440100/contracts.csv")));
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
}
