package cn.gdftu.twocoverage.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gdftu.twocoverage.reference.ReferenceData;

import static cn.gdftu.twocoverage.ingest.Fixtures.GZ1;
import static cn.gdftu.twocoverage.ingest.Fixtures.GZ10;
import static cn.gdftu.twocoverage.ingest.Fixtures.GZ2;
import static cn.gdftu.twocoverage.ingest.Fixtures.GZ3;
import static cn.gdftu.twocoverage.ingest.Fixtures.GZ5;
import static cn.gdftu.twocoverage.ingest.Fixtures.GZ6;
import static cn.gdftu.twocoverage.ingest.Fixtures.GZ7;
import static cn.gdftu.twocoverage.ingest.Fixtures.GZ8;
import static cn.gdftu.twocoverage.ingest.Fixtures.GZ9;
import static cn.gdftu.twocoverage.ingest.ReturnKind.CONTRACTS;
import static cn.gdftu.twocoverage.ingest.ReturnKind.ORGANIZATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CityCheckTests {

	@TempDir
	Path dir;

	@Nested
	class EveryReason {

		/**
		 * One Guangzhou return in which each row after the first two breaks exactly one rule of SPEC §5,
		 * under a title line and a header spelled with aliases, saved as GB18030 with CRLF.
		 */
		private static final String ORGANIZATIONS_CSV = """
				广州市基层工会女职工组织建设情况统计表,,,,,,,,,
				信用代码, 企业名称 ,县区代码,行业,所有制,职工人数,女职工人数,女会员人数,女职工组织,备注
				%s,广州甲电子有限公司,440106,C,国有,100,40,30,女职工委员会,
				%s,广州乙物流有限公司,440111,G,民营,85,9,9,女职工委员,
				%s,,440103,H,港澳台,12,3,0,无,名称漏填
				91440106000000040X,广州丁精密有限公司,440115,C,外资,50,20,10,女职工委员会,校验位错
				%s,广州戊贸易有限公司,440306,F,私营,50,20,10,女职工委员会,深圳的区
				%s,广州己科技有限公司,440106,U,私营,50,20,10,女职工委员会,
				%s,广州庚餐饮有限公司,440106,H,国营,50,20,10,女职工委员会,
				%s,广州辛服装有限公司,440106,C,私营,12.5,5,5,女职工委员,
				%s,广州壬家政有限公司,440106,O,私营,50,60,10,女职工委员会,
				%s,广州癸印刷有限公司,440106,C,私营,50,20,10,女工委,
				%s,广州甲电子有限公司,440106,C,国有,100,40,30,女职工委员会,重复
				,合计,,,,,"1,234",567,89,
				""".formatted(GZ1, GZ2, GZ3, GZ5, GZ6, GZ7, GZ8, GZ9, GZ10, GZ1.toLowerCase());

		private static final String CONTRACTS_CSV = """
				合同编号,类型,统一社会信用代码,生效日期,终止日期
				GZ-001,单独,%1$s,2024-01-01,2026-12-31
				,单独,%2$s,2024-01-01,2026-12-31
				GZ-002,集体,%2$s,2024-01-01,2026-12-31
				GZ-003,单独,%2$s,2024-13-01,2026-12-31
				GZ-004,单独,%2$s,2027-01-01,2026-12-31
				GZ-005,单独,%3$s,2024-01-01,2026-12-31
				GZ-001,单独,%4$s,2024/1/1,2026/12/31
				"QY-007",区域性,%1$s,2025年3月1日,2028年2月29日
				QY-007,区域性,%2$s,2025.3.1,20280228
				""".formatted(GZ1, GZ2, GZ3, GZ1.toLowerCase());

		private CityRun run() throws Exception {
			Path folder = dir.resolve("440100");
			Fixtures.write(folder.resolve("organizations.csv"), Fixtures.crlf(ORGANIZATIONS_CSV), ReturnEncoding.GB18030);
			Fixtures.write(folder.resolve("contracts.csv"), CONTRACTS_CSV, StandardCharsets.UTF_8);
			return CityRun.of(folder, "440100");
		}

		@Test
		void eachRowIsRejectedForItsRuleAtItsLineAndColumn() throws Exception {
			CityRun run = run();
			assertThat(run.status()).isEqualTo("submitted");
			assertThat(run.rejections).extracting(RowRejection::file, RowRejection::line, RowRejection::column,
					RowRejection::value, RowRejection::reason)
				.containsExactly(tuple("organizations.csv", 5, "企业名称", "", Reason.MISSING_VALUE),
						tuple("organizations.csv", 6, "信用代码", "91440106000000040X", Reason.BAD_EMPLOYER_ID),
						tuple("organizations.csv", 7, "县区代码", "440306", Reason.BAD_COUNTY),
						tuple("organizations.csv", 8, "行业", "U", Reason.BAD_INDUSTRY),
						tuple("organizations.csv", 9, "所有制", "国营", Reason.BAD_OWNERSHIP),
						tuple("organizations.csv", 10, "职工人数", "12.5", Reason.BAD_NUMBER),
						tuple("organizations.csv", 11, "女职工人数", "60", Reason.INCONSISTENT_COUNTS),
						tuple("organizations.csv", 12, "女职工组织", "女工委", Reason.BAD_WOMEN_ORG),
						tuple("organizations.csv", 13, "信用代码", GZ1.toLowerCase(), Reason.DUPLICATE_EMPLOYER),
						tuple("contracts.csv", 3, "合同编号", "", Reason.MISSING_VALUE),
						tuple("contracts.csv", 4, "类型", "集体", Reason.BAD_SCOPE),
						tuple("contracts.csv", 5, "生效日期", "2024-13-01", Reason.BAD_DATE),
						tuple("contracts.csv", 6, "终止日期", "2026-12-31", Reason.DATE_ORDER),
						tuple("contracts.csv", 7, "统一社会信用代码", GZ3, Reason.UNKNOWN_EMPLOYER),
						tuple("contracts.csv", 8, "统一社会信用代码", GZ1.toLowerCase(), Reason.DUPLICATE_ROW),
						tuple("contracts.csv", 9, "合同编号", "QY-007", Reason.INCONSISTENT_CONTRACT),
						tuple("contracts.csv", 10, "合同编号", "QY-007", Reason.INCONSISTENT_CONTRACT));
		}

		@Test
		void everyReasonOfTheSpecIsExercised() throws Exception {
			assertThat(run().rejections).extracting(RowRejection::reason).containsAll(Arrays.asList(Reason.values()));
		}

		@Test
		void everyMessageIsChineseAndEndsWithTheAdvice() throws Exception {
			for (RowRejection rejection : run().rejections) {
				Reason reason = rejection.reason();
				assertThat(rejection.message()).as(reason.name()).isNotBlank().startsWith(reason.message())
					.endsWith("，" + reason.advice());
			}
		}

		@Test
		void countsOfTheReturn() throws Exception {
			CityRun run = run();
			assertThat(run.counts()).containsExactly(11, 2, 9, 1, 17);
			assertThat(run.skippedLines()).isEqualTo(2);
			assertThat(run.skipped).containsExactly(new SkippedLine(ORGANIZATIONS, 1, SkippedLine.Kind.TITLE),
					new SkippedLine(ORGANIZATIONS, 14, SkippedLine.Kind.TOTALS));
			assertThat(run.organizations).extracting(Organization::employerId).containsExactly(GZ1, GZ2);
			assertThat(run.contracts).extracting(Contract::line, Contract::contractId).containsExactly(tuple(2, "GZ-001"));
		}
	}

	@Nested
	class Counts {

		@Test
		void aSmallCleanReturnSavedByExcel() throws Exception {
			CityRun run = CityRun.of(Fixtures.resource("/ingest/gb18030-excel"), "440100");
			assertThat(run.status()).isEqualTo("submitted");
			assertThat(run.rejections).isEmpty();
			assertThat(run.counts()).containsExactly(4, 4, 4, 4, 0);
			assertThat(run.skippedLines()).isEqualTo(4);
			assertThat(run.skipped).extracting(SkippedLine::file, SkippedLine::line, SkippedLine::kind)
				.containsExactly(tuple(ORGANIZATIONS, 1, SkippedLine.Kind.TITLE), tuple(ORGANIZATIONS, 2, SkippedLine.Kind.TITLE),
						tuple(ORGANIZATIONS, 8, SkippedLine.Kind.TOTALS), tuple(CONTRACTS, 1, SkippedLine.Kind.TITLE));
			assertThat(run.organizations).extracting(Organization::employerId, Organization::ownership,
					Organization::employees, Organization::womenOrg)
				.containsExactly(tuple(GZ1, "state", 1234, WomenOrg.COMMITTEE), tuple(GZ2, "private", 85, WomenOrg.COMMISSIONER),
						tuple(GZ3, "hmt", 12, WomenOrg.NONE), tuple(Fixtures.GZ4, "foreign", 2050, WomenOrg.COMMITTEE));
			assertThat(run.contracts).extracting(Contract::contractId, Contract::scope)
				.containsExactly(tuple("GZ-2024-001", Scope.ENTERPRISE), tuple("GZ-QY-007", Scope.REGIONAL),
						tuple("GZ-QY-007", Scope.REGIONAL), tuple("GZ-HY-002", Scope.INDUSTRY));
		}

		@Test
		void aDongguanReturnWithBoms() throws Exception {
			CityRun run = CityRun.of(Fixtures.resource("/ingest/utf8-bom"), "441900");
			assertThat(run.counts()).containsExactly(2, 2, 1, 1, 0);
			assertThat(run.skippedLines()).isZero();
			assertThat(run.organizations).extracting(Organization::countyCode, Organization::womenEmployees)
				.containsExactly(tuple("441900", 1200), tuple("441900", 150));
		}

		@Test
		void rowsReadAcceptedRejectedAndSkippedOneLineAtATime() throws Exception {
			Path organizations = Fixtures.write(dir.resolve("organizations.csv"), """
					广州市基层工会女职工组织建设情况统计表
					%s
					%s,广州甲电子有限公司,440106,C,国有,100,40,30,女职工委员会

					%s,广州乙物流有限公司,440111,G,民营,85,9,9,女职工委员
					%s,广州丙餐饮有限公司,440103,H,港澳台,12,13,0,无
					小计,,,,,197,62,39,
					,,,,,,,,
					""".formatted(Fixtures.ORGANIZATIONS_HEADER, GZ1, GZ2, GZ3), StandardCharsets.UTF_8);
			Path contracts = Fixtures.write(dir.resolve("contracts.csv"), """
					%s
					QY-1,区域性,%s,2024-01-01,2026-12-31
					QY-1,区域性,%s,2024-01-01,2026-12-31
					QY-1,区域性,%s,2024-01-01,2026-12-31
					total,,,,
					""".formatted(Fixtures.CONTRACTS_HEADER, GZ1, GZ2, GZ3), StandardCharsets.UTF_8);
			CityRules check = new CityRules(ReferenceData.bundled(), "440100");
			assertThat(check.cityCode()).isEqualTo("440100");
			assertThat(check.organizationsRows()).isZero();
			List<LineOutcome> outcomes = new java.util.ArrayList<>();
			for (ReturnLine line : Fixtures.readAll(organizations, ORGANIZATIONS)) {
				outcomes.add(check.check(new CityLine(ORGANIZATIONS, line)));
			}
			assertThat(check.organizationsRows()).isEqualTo(3);
			for (ReturnLine line : Fixtures.readAll(contracts, CONTRACTS)) {
				outcomes.add(check.check(new CityLine(CONTRACTS, line)));
			}
			assertThat(outcomes).extracting((outcome) -> outcome.getClass().getSimpleName())
				.containsExactly("SkippedLine", "Organization", "Organization", "RowRejection", "SkippedLine", "Contract",
						"Contract", "RowRejection", "SkippedLine");
			assertThat(check.organizationsRows()).isEqualTo(3);
			assertThat(check.organizationsAccepted()).isEqualTo(2);
			assertThat(check.contractsRows()).isEqualTo(3);
			assertThat(check.contractsAccepted()).isEqualTo(2);
			assertThat(check.rejectedRows()).isEqualTo(2);
			assertThat(check.skippedLines()).isEqualTo(3);
			assertThat(((RowRejection) outcomes.get(3)).reason()).isEqualTo(Reason.INCONSISTENT_COUNTS);
			assertThat(((RowRejection) outcomes.get(7)).reason()).isEqualTo(Reason.UNKNOWN_EMPLOYER);
			assertThat(check.inconsistentContracts()).isEmpty();
		}

		@Test
		void inconsistentContractsMoveFromAcceptedToRejected() throws Exception {
			Path folder = dir.resolve("440100");
			Fixtures.write(folder.resolve("organizations.csv"), Fixtures.ORGANIZATIONS_HEADER + "\n" + GZ1
					+ ",广州甲电子有限公司,440106,C,国有,100,40,30,女职工委员会\n" + GZ2 + ",广州乙物流有限公司,440111,G,民营,85,9,9,女职工委员\n",
					StandardCharsets.UTF_8);
			Fixtures.write(folder.resolve("contracts.csv"), """
					序号,Contract_ID,scope,employer_id,effective_from,expires_on
					1,HT-1,enterprise,%1$s,2024-01-01,2026-12-31
					2,HT-1,enterprise,%2$s,2024-01-01,2026-12-31
					3,QY-1,regional,%1$s,2024-01-01,2026-12-31
					4,QY-1,industry,%2$s,2024-01-01,2026-12-31
					5,QY-2,regional,%1$s,2024-01-01,2026-12-31
					6,QY-2,regional,%2$s,2024-01-01,2026-12-31
					""".formatted(GZ1, GZ2), StandardCharsets.UTF_8);
			CityRun run = CityRun.of(folder, "440100");
			assertThat(run.inconsistentContracts).containsExactly("HT-1", "QY-1");
			assertThat(run.rejections).extracting(RowRejection::line, RowRejection::column, RowRejection::value,
					RowRejection::reason)
				.containsExactly(tuple(2, "Contract_ID", "HT-1", Reason.INCONSISTENT_CONTRACT),
						tuple(3, "Contract_ID", "HT-1", Reason.INCONSISTENT_CONTRACT),
						tuple(4, "Contract_ID", "QY-1", Reason.INCONSISTENT_CONTRACT),
						tuple(5, "Contract_ID", "QY-1", Reason.INCONSISTENT_CONTRACT));
			assertThat(run.counts()).containsExactly(2, 2, 6, 2, 4);
			assertThat(run.contracts).extracting(Contract::line).containsExactly(6, 7);
		}

		@Test
		void aContractsRowRejectedOnItsOwnDoesNotMakeALaterRepeatADuplicate() throws Exception {
			Path folder = dir.resolve("440100");
			Fixtures.write(folder.resolve("organizations.csv"), Fixtures.ORGANIZATIONS_HEADER + "\n" + GZ1
					+ ",广州甲电子有限公司,440106,C,国有,100,40,30,女职工委员会\n", StandardCharsets.UTF_8);
			Fixtures.write(folder.resolve("contracts.csv"), """
					%1$s
					HT-1,单独,%2$s,2024-02-30,2026-12-31
					HT-1,单独,%2$s,2024-02-28,2026-12-31
					HT-1,单独,%2$s,2024-02-28,2026-12-31
					""".formatted(Fixtures.CONTRACTS_HEADER, GZ1), StandardCharsets.UTF_8);
			CityRun run = CityRun.of(folder, "440100");
			assertThat(run.rejections).extracting(RowRejection::line, RowRejection::reason)
				.containsExactly(tuple(2, Reason.BAD_DATE), tuple(4, Reason.DUPLICATE_ROW));
			assertThat(run.contracts).extracting(Contract::line).containsExactly(3);
			assertThat(run.counts()).containsExactly(1, 1, 3, 1, 2);
		}

		@Test
		void aRegionalContractWithOneUnknownEmployerKeepsItsOtherRows() throws Exception {
			Path folder = dir.resolve("440100");
			Fixtures.write(folder.resolve("organizations.csv"), Fixtures.ORGANIZATIONS_HEADER + "\n" + GZ1
					+ ",广州甲电子有限公司,440106,C,国有,100,40,30,女职工委员会\n" + GZ2 + ",广州乙物流有限公司,440111,G,民营,85,9,9,女职工委员\n"
					+ GZ3 + ",广州丙餐饮有限公司,440306,H,港澳台,12,3,0,无\n", StandardCharsets.UTF_8);
			Fixtures.write(folder.resolve("contracts.csv"), """
					%1$s
					QY-1,区域性,%2$s,2024-01-01,2026-12-31
					QY-1,区域性,%3$s,2024-01-01,2026-12-31
					QY-1,区域性,%4$s,2024/1/1,2026/12/31
					""".formatted(Fixtures.CONTRACTS_HEADER, GZ1, GZ3, GZ2), StandardCharsets.UTF_8);
			CityRun run = CityRun.of(folder, "440100");
			// GZ3 was rejected from organizations.csv (a Shenzhen district), so it is unknown here.
			assertThat(run.rejections).extracting(RowRejection::file, RowRejection::line, RowRejection::reason)
				.containsExactly(tuple("organizations.csv", 4, Reason.BAD_COUNTY), tuple("contracts.csv", 3, Reason.UNKNOWN_EMPLOYER));
			assertThat(run.contracts).extracting(Contract::line, Contract::employerId)
				.containsExactly(tuple(2, GZ1), tuple(4, GZ2));
			assertThat(run.inconsistentContracts).isEmpty();
		}

		@Test
		void aContractsFileWithOnlyItsHeaderIsSubmittedWithNoContracts() throws Exception {
			Path folder = dir.resolve("440100");
			Fixtures.write(folder.resolve("organizations.csv"), Fixtures.ORGANIZATIONS_HEADER + "\n" + GZ1
					+ ",广州甲电子有限公司,440106,C,国有,100,40,30,女职工委员会\n", StandardCharsets.UTF_8);
			Fixtures.write(folder.resolve("contracts.csv"), "合同编号,合同类型,统一社会信用代码,生效日期,到期日期\r\n",
					ReturnEncoding.GB18030);
			CityRun run = CityRun.of(folder, "440100");
			assertThat(run.status()).isEqualTo("submitted");
			assertThat(run.counts()).containsExactly(1, 1, 0, 0, 0);
			assertThat(run.inconsistentContracts).isEmpty();
		}

		@Test
		void anUnterminatedQuoteBelowTheFirstRowRejectsTheReturnWhileReading() throws Exception {
			Path folder = dir.resolve("440100");
			Fixtures.write(folder.resolve("organizations.csv"), Fixtures.ORGANIZATIONS_HEADER + "\n" + GZ1
					+ ",广州甲电子有限公司,440106,C,国有,100,40,30,女职工委员会\n" + GZ2 + ",\"广州乙物流有限公司,440111,G,民营,85,9,9,女职工委员\n",
					StandardCharsets.UTF_8);
			Fixtures.write(folder.resolve("contracts.csv"), Fixtures.CONTRACTS_HEADER + "\n", StandardCharsets.UTF_8);
			CityRun run = CityRun.of(folder, "440100");
			assertThat(run.source(ORGANIZATIONS)).as("read, not refused by the survey").isEqualTo("organizations.csv");
			assertThat(run.status()).isEqualTo("rejected");
			assertThat(run.rejected).isEqualTo("organizations.csv 第3行起无法按CSV格式读取（引号不成对），请检查该行后重新报送");
			assertThat(run.counts()).containsExactly(0, 0, 0, 0, 0);
		}
	}

	@Nested
	class Reasons {

		@Test
		void areTheCodesOfTheSpec() {
			assertThat(Reason.values()).extracting(Reason::name)
				.containsExactlyInAnyOrder("MISSING_VALUE", "BAD_EMPLOYER_ID", "BAD_COUNTY", "BAD_INDUSTRY", "BAD_OWNERSHIP",
						"BAD_NUMBER", "INCONSISTENT_COUNTS", "BAD_WOMEN_ORG", "BAD_SCOPE", "BAD_DATE", "DATE_ORDER",
						"DUPLICATE_EMPLOYER", "UNKNOWN_EMPLOYER", "DUPLICATE_ROW", "INCONSISTENT_CONTRACT");
		}

		@Test
		void eachHasAChineseMessageAndAdvice() {
			for (Reason reason : Reason.values()) {
				assertThat(reason.message()).as(reason.name()).containsPattern("\\p{IsHan}");
				assertThat(reason.advice()).as(reason.name()).containsPattern("\\p{IsHan}");
			}
		}
	}
}
