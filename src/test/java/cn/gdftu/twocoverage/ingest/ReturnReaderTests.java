package cn.gdftu.twocoverage.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static cn.gdftu.twocoverage.ingest.Fixtures.GZ1;
import static cn.gdftu.twocoverage.ingest.Fixtures.GZ2;
import static cn.gdftu.twocoverage.ingest.Fixtures.readAll;
import static cn.gdftu.twocoverage.ingest.Fixtures.rows;
import static cn.gdftu.twocoverage.ingest.Fixtures.skipped;
import static cn.gdftu.twocoverage.ingest.ReturnKind.CONTRACTS;
import static cn.gdftu.twocoverage.ingest.ReturnKind.ORGANIZATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class ReturnReaderTests {

	@TempDir
	Path dir;

	private Path organizations(String text) throws Exception {
		return Fixtures.write(this.dir.resolve("organizations.csv"), text, StandardCharsets.UTF_8);
	}

	private Path contracts(String text) throws Exception {
		return Fixtures.write(this.dir.resolve("contracts.csv"), text, StandardCharsets.UTF_8);
	}

	@Nested
	class Encodings {

		@Test
		void gb18030FileSavedByExcelWithChineseHeadersAndValues() throws Exception {
			Path file = Fixtures.resource("/ingest/gb18030-excel/organizations.csv");
			List<ReturnLine> lines;
			try (ReturnReader reader = ReturnReader.open(file, ORGANIZATIONS)) {
				assertThat(reader.charset()).isEqualTo(ReturnEncoding.GB18030);
			}
			lines = readAll(file, ORGANIZATIONS);
			assertThat(skipped(lines)).extracting(SkippedLine::line, SkippedLine::kind)
				.containsExactly(tuple(1, SkippedLine.Kind.TITLE), tuple(2, SkippedLine.Kind.TITLE),
						tuple(8, SkippedLine.Kind.TOTALS));
			List<ReturnRow> rows = rows(lines);
			assertThat(rows).extracting(ReturnRow::line).containsExactly(4, 5, 6, 7);
			ReturnRow first = rows.get(0);
			assertThat(first.get(Column.EMPLOYER_ID)).isEqualTo(GZ1);
			assertThat(first.get(Column.EMPLOYER_NAME)).isEqualTo("广州甲电子有限公司");
			assertThat(first.get(Column.OWNERSHIP)).isEqualTo("国有");
			assertThat(first.get(Column.EMPLOYEES)).isEqualTo("1,234");
			assertThat(first.get(Column.WOMEN_ORG)).isEqualTo("女职工委员会");
			assertThat(first.columnName(Column.WOMEN_MEMBERS)).isEqualTo("女会员人数");
			assertThat(rows).extracting((row) -> row.get(Column.OWNERSHIP)).containsExactly("国有", "民营", "港澳台", "外商投资");
			assertThat(rows).extracting((row) -> row.get(Column.WOMEN_ORG))
				.containsExactly("女职工委员会", "女职工委员", "无", "女职工委员会");
		}

		@Test
		void gb18030ContractsWithChineseScopesAndDates() throws Exception {
			List<ReturnRow> rows = rows(readAll(Fixtures.resource("/ingest/gb18030-excel/contracts.csv"), CONTRACTS));
			assertThat(rows).extracting(ReturnRow::line, (row) -> row.get(Column.CONTRACT_ID), (row) -> row.get(Column.SCOPE),
					(row) -> row.get(Column.EFFECTIVE_FROM))
				.containsExactly(tuple(3, "GZ-2024-001", "单独", "2024/1/1"), tuple(4, "GZ-QY-007", "区域性", "2025年3月1日"),
						tuple(5, "GZ-QY-007", "区域性", "2025.3.1"), tuple(6, "GZ-HY-002", "行业性", "2023-07-01"));
			assertThat(rows.get(0).columnName(Column.EXPIRES_ON)).isEqualTo("到期日期");
		}

		@Test
		void utf8BomFileStillRecognisesItsFirstHeaderCell() throws Exception {
			Path file = Fixtures.resource("/ingest/utf8-bom/organizations.csv");
			try (ReturnReader reader = ReturnReader.open(file, ORGANIZATIONS)) {
				assertThat(reader.charset()).isEqualTo(StandardCharsets.UTF_8);
				ReturnRow row = (ReturnRow) reader.next();
				assertThat(row.line()).isEqualTo(2);
				assertThat(row.columnName(Column.EMPLOYER_ID)).isEqualTo("统一社会信用代码");
				assertThat(row.get(Column.EMPLOYER_ID)).isEqualTo(Fixtures.DG1);
				assertThat(row.get(Column.WOMEN_EMPLOYEES)).isEqualTo("１２００");
			}
		}

		@Test
		void utf8BomBeforeACanonicalHeader() throws Exception {
			Path file = contracts("\uFEFF" + Fixtures.CONTRACTS_HEADER + "\nHT-1,单独," + GZ1 + ",2024-01-01,2026-12-31\n");
			ReturnRow row = rows(readAll(file, CONTRACTS)).get(0);
			assertThat(row.columnName(Column.CONTRACT_ID)).isEqualTo("contract_id");
			assertThat(row.get(Column.CONTRACT_ID)).isEqualTo("HT-1");
		}

		@Test
		void utf8WithoutBom() throws Exception {
			Path file = organizations("统一社会信用代码,单位名称,区县代码,行业门类,经济类型,职工人数,女职工人数,女会员人数,女职工组织\n"
					+ GZ1 + ",广州甲电子有限公司,440106,C,国有,100,40,30,女职工委员会\n");
			try (ReturnReader reader = ReturnReader.open(file, ORGANIZATIONS)) {
				assertThat(reader.charset()).isEqualTo(StandardCharsets.UTF_8);
				ReturnRow row = (ReturnRow) reader.next();
				assertThat(row.get(Column.EMPLOYER_NAME)).isEqualTo("广州甲电子有限公司");
				assertThat(row.get(Column.OWNERSHIP)).isEqualTo("国有");
				assertThat(reader.next()).isNull();
			}
		}

		@Test
		void sameTextInGb18030AndUtf8ReadsTheSame() throws Exception {
			String text = "合同编号,合同类型,统一社会信用代码,生效日期,终止日期\nQY-1,区域性," + GZ1 + ",2025年3月1日,2028年2月29日\n";
			Path utf8 = Fixtures.write(dir.resolve("utf8/contracts.csv"), text, StandardCharsets.UTF_8);
			Path gbk = Fixtures.write(dir.resolve("gbk/contracts.csv"), text, ReturnEncoding.GB18030);
			ReturnRow a = rows(readAll(utf8, CONTRACTS)).get(0);
			ReturnRow b = rows(readAll(gbk, CONTRACTS)).get(0);
			for (Column column : CONTRACTS.columns()) {
				assertThat(b.get(column)).isEqualTo(a.get(column));
			}
			assertThat(b.get(Column.SCOPE)).isEqualTo("区域性");
			assertThat(b.columnName(Column.EXPIRES_ON)).isEqualTo("终止日期");
		}

		@Test
		void gb18030FourByteCharactersBeyondGbk() throws Exception {
			// 䶮 (U+4DAE) and 𠀀 (U+20000) have four-byte GB18030 codes, which GBK lacks.
			Path file = Fixtures.write(dir.resolve("organizations.csv"), Fixtures.ORGANIZATIONS_HEADER + "\r\n" + GZ1
					+ ",广州䶮𠀀记有限公司,440106,C,国有,100,40,30,女职工委员会\r\n", ReturnEncoding.GB18030);
			try (ReturnReader reader = ReturnReader.open(file, ORGANIZATIONS)) {
				assertThat(reader.charset()).isEqualTo(ReturnEncoding.GB18030);
				assertThat(((ReturnRow) reader.next()).get(Column.EMPLOYER_NAME)).isEqualTo("广州䶮𠀀记有限公司");
			}
		}

		@Test
		void undecodableFileIsRejected() throws Exception {
			Path file = Files.write(dir.resolve("organizations.csv"),
					new byte[] { (byte) 0x80, (byte) 0x80, (byte) 0xFF, (byte) 0xFE, (byte) 0xFF });
			assertThatExceptionOfType(ReturnRejectedException.class).isThrownBy(() -> ReturnReader.open(file, ORGANIZATIONS))
				.withMessageContaining("文件无法解码");
		}

		@Test
		void unicodeTextFromExcelIsNamedAsSuch() throws Exception {
			Path file = Files.write(dir.resolve("organizations.csv"),
					"\uFEFF统一社会信用代码\t单位名称\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
			assertThatExceptionOfType(ReturnRejectedException.class).isThrownBy(() -> ReturnReader.open(file, ORGANIZATIONS))
				.withMessageContaining("UTF-16").withMessageContaining("CSV UTF-8").withMessageContaining("LibreOffice");
		}

		@Test
		void xlsxIsRejected() throws Exception {
			Path file = Files.write(dir.resolve("organizations.csv"), new byte[] { 'P', 'K', 3, 4, 20, 0 });
			assertThatExceptionOfType(ReturnRejectedException.class).isThrownBy(() -> ReturnReader.open(file, ORGANIZATIONS))
				.withMessageContaining("Excel工作簿（.xlsx）");
		}
	}

	@Nested
	class HeaderNames {

		@ParameterizedTest(name = "[{0}] names {1}")
		@CsvSource({ "employer_id, EMPLOYER_ID", "统一社会信用代码, EMPLOYER_ID", "信用代码, EMPLOYER_ID",
				"employer_name, EMPLOYER_NAME", "单位名称, EMPLOYER_NAME", "企业名称, EMPLOYER_NAME", "county_code, COUNTY_CODE",
				"区县代码, COUNTY_CODE", "县区代码, COUNTY_CODE", "industry, INDUSTRY", "行业门类, INDUSTRY", "行业, INDUSTRY",
				"ownership, OWNERSHIP", "经济类型, OWNERSHIP", "所有制, OWNERSHIP", "employees, EMPLOYEES", "职工人数, EMPLOYEES",
				"women_employees, WOMEN_EMPLOYEES", "女职工人数, WOMEN_EMPLOYEES", "women_members, WOMEN_MEMBERS",
				"女会员人数, WOMEN_MEMBERS", "women_org, WOMEN_ORG", "女职工组织, WOMEN_ORG", "Employer_Id, EMPLOYER_ID",
				"WOMEN_ORG, WOMEN_ORG", "ＥＭＰＬＯＹＥＲ＿ＩＤ, EMPLOYER_ID", "ｗｏｍｅｎ＿ｏｒｇ, WOMEN_ORG",
				"'\u3000 单位名称 ', EMPLOYER_NAME" })
		void organizationsColumns(String cell, Column column) {
			assertThat(ORGANIZATIONS.columnNamedBy(cell)).isEqualTo(column);
		}

		@ParameterizedTest(name = "[{0}] names {1}")
		@CsvSource({ "contract_id, CONTRACT_ID", "合同编号, CONTRACT_ID", "scope, SCOPE", "合同类型, SCOPE", "类型, SCOPE",
				"employer_id, EMPLOYER_ID", "统一社会信用代码, EMPLOYER_ID", "信用代码, EMPLOYER_ID",
				"effective_from, EFFECTIVE_FROM", "生效日期, EFFECTIVE_FROM", "expires_on, EXPIRES_ON", "到期日期, EXPIRES_ON",
				"终止日期, EXPIRES_ON", "Contract_ID, CONTRACT_ID", "ＥＸＰＩＲＥＳ＿ＯＮ, EXPIRES_ON" })
		void contractsColumns(String cell, Column column) {
			assertThat(CONTRACTS.columnNamedBy(cell)).isEqualTo(column);
		}

		@ParameterizedTest(name = "[{0}]")
		@ValueSource(strings = { "序号", "备注", "employer", "employer id", "employerid", "联系人", "" })
		void unknownNamesNameNoColumn(String cell) {
			assertThat(ORGANIZATIONS.columnNamedBy(cell)).isNull();
			assertThat(CONTRACTS.columnNamedBy(cell)).isNull();
		}

		@Test
		void eachFileKnowsOnlyItsOwnColumns() {
			assertThat(ORGANIZATIONS.columnNamedBy("合同编号")).isNull();
			assertThat(ORGANIZATIONS.columnNamedBy("类型")).isNull();
			assertThat(CONTRACTS.columnNamedBy("单位名称")).isNull();
			assertThat(CONTRACTS.columnNamedBy("行业")).isNull();
		}

		@Test
		void chineseHeaderShuffledWithExtraColumns() throws Exception {
			Path file = organizations("""
					序号,女职工组织,行业门类,区县代码,女会员人数,单位名称,备注,经济类型,统一社会信用代码,职工人数,女职工人数,联系电话
					1,女职工委员会,C,440106,30,广州甲电子有限公司,无备注,国有,%s,100,40,020-12345678
					""".formatted(GZ1));
			ReturnRow row = rows(readAll(file, ORGANIZATIONS)).get(0);
			assertThat(row.get(Column.EMPLOYER_ID)).isEqualTo(GZ1);
			assertThat(row.get(Column.EMPLOYER_NAME)).isEqualTo("广州甲电子有限公司");
			assertThat(row.get(Column.COUNTY_CODE)).isEqualTo("440106");
			assertThat(row.get(Column.INDUSTRY)).isEqualTo("C");
			assertThat(row.get(Column.OWNERSHIP)).isEqualTo("国有");
			assertThat(row.get(Column.EMPLOYEES)).isEqualTo("100");
			assertThat(row.get(Column.WOMEN_EMPLOYEES)).isEqualTo("40");
			assertThat(row.get(Column.WOMEN_MEMBERS)).isEqualTo("30");
			assertThat(row.get(Column.WOMEN_ORG)).isEqualTo("女职工委员会");
		}

		@Test
		void oddCaseFullWidthAndPaddedHeaderCellsKeepTheirSpellingForMessages() throws Exception {
			Path file = organizations("""
					ＥＭＰＬＯＹＥＲ＿ＩＤ, Employer_name ,COUNTY_CODE,Industry,OWNERSHIP,Employees,WOMEN_EMPLOYEES,women_members," Women_org "
					%s,广州甲电子有限公司,440106,C,国有,100,40,30,committee
					""".formatted(GZ1));
			ReturnRow row = rows(readAll(file, ORGANIZATIONS)).get(0);
			assertThat(row.get(Column.EMPLOYER_ID)).isEqualTo(GZ1);
			assertThat(row.get(Column.WOMEN_ORG)).isEqualTo("committee");
			assertThat(row.columnName(Column.EMPLOYER_ID)).isEqualTo("ＥＭＰＬＯＹＥＲ＿ＩＤ");
			assertThat(row.columnName(Column.EMPLOYER_NAME)).isEqualTo("Employer_name");
			assertThat(row.columnName(Column.WOMEN_ORG)).isEqualTo("Women_org");
		}

		@Test
		void aDuplicatedAliasColumnIsReadFromTheFirst() throws Exception {
			Path file = contracts("""
					合同编号,信用代码,合同类型,统一社会信用代码,生效日期,到期日期
					HT-1,%s,单独,%s,2024-01-01,2026-12-31
					""".formatted(GZ1, GZ2));
			ReturnRow row = rows(readAll(file, CONTRACTS)).get(0);
			assertThat(row.get(Column.EMPLOYER_ID)).isEqualTo(GZ1);
			assertThat(row.columnName(Column.EMPLOYER_ID)).isEqualTo("信用代码");
		}

		@Test
		void theSameCanonicalNameTwiceIsReadFromTheFirst() throws Exception {
			Path file = contracts("""
					contract_id,scope,employer_id,effective_from,expires_on,expires_on
					HT-1,单独,%s,2024-01-01,2026-12-31,2020-01-01
					""".formatted(GZ1));
			assertThat(rows(readAll(file, CONTRACTS)).get(0).get(Column.EXPIRES_ON)).isEqualTo("2026-12-31");
		}
	}

	@Nested
	class HeaderSearch {

		@Test
		void sheetTitleLinesAboveTheHeaderAreSkippedWithTheirLineNumbers() throws Exception {
			Path file = contracts("""
					广州市女职工权益保护专项集体合同台账,,,,
					填报单位：广州市总工会,,,填报日期：2026年10月5日,
					,,,,

					contract_id,scope,employer_id,effective_from,expires_on
					HT-1,单独,%s,2024-01-01,2026-12-31
					""".formatted(GZ1));
			List<ReturnLine> lines = readAll(file, CONTRACTS);
			assertThat(lines).hasSize(3);
			assertThat(lines.get(0)).isEqualTo(new SkippedLine(CONTRACTS, 1, SkippedLine.Kind.TITLE));
			assertThat(lines.get(1)).isEqualTo(new SkippedLine(CONTRACTS, 2, SkippedLine.Kind.TITLE));
			assertThat(lines.get(2).line()).isEqualTo(6);
		}

		@Test
		void aTitleNamingOnlyOneColumnIsNotTheHeader() throws Exception {
			Path file = contracts("""
					合同编号
					contract_id,scope,employer_id,effective_from,expires_on
					HT-1,单独,%s,2024-01-01,2026-12-31
					""".formatted(GZ1));
			List<ReturnLine> lines = readAll(file, CONTRACTS);
			assertThat(lines.get(0)).isEqualTo(new SkippedLine(CONTRACTS, 1, SkippedLine.Kind.TITLE));
			assertThat(((ReturnRow) lines.get(1)).get(Column.CONTRACT_ID)).isEqualTo("HT-1");
		}

		@Test
		void theFirstLineNamingTwoKnownColumnsIsTheHeaderAndMustHaveTheRest() throws Exception {
			Path file = contracts("""
					合同编号,合同类型
					contract_id,scope,employer_id,effective_from,expires_on
					""");
			assertThatExceptionOfType(ReturnRejectedException.class).isThrownBy(() -> ReturnReader.open(file, CONTRACTS))
				.withMessage("contracts.csv 缺少必需的列：employer_id（统一社会信用代码）、effective_from（生效日期）、"
						+ "expires_on（到期日期），请按模板补齐表头后重新报送");
		}

		@Test
		void noHeaderAtAllIsRejectedNamingTheColumnsLookedFor() throws Exception {
			Path file = organizations("""
					基层工会女职工组织建设情况统计表
					%s,广州甲电子有限公司,440106,C,国有,100,40,30,女职工委员会
					""".formatted(GZ1));
			assertThatExceptionOfType(ReturnRejectedException.class).isThrownBy(() -> ReturnReader.open(file, ORGANIZATIONS))
				.withMessage("organizations.csv 找不到表头（应有以下列名：employer_id（统一社会信用代码）、employer_name（单位名称）、"
						+ "county_code（区县代码）、industry（行业门类）、ownership（经济类型）、employees（职工人数）、"
						+ "women_employees（女职工人数）、women_members（女会员人数）、women_org（女职工组织）），请保留表头行后重新报送");
		}

		@Test
		void anEmptyFileHasNoHeader() throws Exception {
			Path file = contracts("");
			assertThatExceptionOfType(ReturnRejectedException.class).isThrownBy(() -> ReturnReader.open(file, CONTRACTS))
				.withMessageStartingWith("contracts.csv 找不到表头（应有以下列名：contract_id（合同编号）、scope（合同类型）");
		}

		@Test
		void aRequiredColumnMissingIsRejectedNamingIt() throws Exception {
			Path file = organizations("""
					统一社会信用代码,单位名称,区县代码,行业门类,经济类型,职工人数,女职工人数,女会员人数,备注
					%s,广州甲电子有限公司,440106,C,国有,100,40,30,
					""".formatted(GZ1));
			assertThatExceptionOfType(ReturnRejectedException.class).isThrownBy(() -> ReturnReader.open(file, ORGANIZATIONS))
				.withMessage("organizations.csv 缺少必需的列：women_org（女职工组织），请按模板补齐表头后重新报送");
		}

		@Test
		@EnabledOnOs(OS.LINUX)
		void aFileRejectedOnOpeningIsClosed() throws Exception {
			Path noHeader = organizations("基层工会女职工组织建设情况统计表\n\n");
			Path noColumn = contracts("contract_id,scope\n");
			for (int i = 0; i < 3; i++) {
				assertThatExceptionOfType(ReturnRejectedException.class)
					.isThrownBy(() -> ReturnReader.open(noHeader, ORGANIZATIONS));
				assertThatExceptionOfType(ReturnRejectedException.class).isThrownBy(() -> ReturnReader.open(noColumn, CONTRACTS));
			}
			assertThat(openHandles(noHeader)).isZero();
			assertThat(openHandles(noColumn)).isZero();
		}

		/** How many of this process's file descriptors point at a file (Linux). */
		private static long openHandles(Path file) throws IOException {
			Path real = file.toRealPath();
			try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
				return descriptors.filter((fd) -> {
					try {
						return Files.readSymbolicLink(fd).equals(real);
					}
					catch (IOException ex) {
						return false;
					}
				}).count();
			}
		}

		@Test
		void aHeaderOnlyFileOpensAndHasNoLines() throws Exception {
			Path file = contracts(Fixtures.CONTRACTS_HEADER + "\n");
			assertThat(readAll(file, CONTRACTS)).isEmpty();
		}
	}

	@Nested
	class Lines {

		@ParameterizedTest(name = "[{0}]")
		@ValueSource(strings = { "合计", "总计", "小计", "total", "Total", "TOTAL", "sum", "Sum", "ＳＵＭ", " 合计 " })
		void totalsRowsAreSkippedAsTotals(String word) throws Exception {
			Path file = contracts(Fixtures.CONTRACTS_HEADER + "\nHT-1,单独," + GZ1 + ",2024-01-01,2026-12-31\n" + word
					+ ",,,,\n");
			List<ReturnLine> lines = readAll(file, CONTRACTS);
			assertThat(rows(lines)).hasSize(1);
			assertThat(lines.get(1)).isEqualTo(new SkippedLine(CONTRACTS, 3, SkippedLine.Kind.TOTALS));
		}

		@Test
		void aTotalsRowIsJudgedByItsFirstNonEmptyCell() throws Exception {
			Path file = organizations("""
					序号,employer_id,employer_name,county_code,industry,ownership,employees,women_employees,women_members,women_org
					1,%s,广州甲电子有限公司,440106,C,国有,100,40,30,女职工委员会
					, ,sum,,,,100,40,30,
					,小计,,,,,100,40,30,
					2,%s,合计,440106,C,国有,100,40,30,女职工委员会
					""".formatted(GZ1, GZ2));
			List<ReturnLine> lines = readAll(file, ORGANIZATIONS);
			assertThat(skipped(lines)).extracting(SkippedLine::line).containsExactly(3, 4);
			assertThat(skipped(lines)).extracting(SkippedLine::kind).containsOnly(SkippedLine.Kind.TOTALS);
			// A company whose name is 合计 is data: its first non-empty cell is the serial number.
			assertThat(rows(lines)).extracting(ReturnRow::line).containsExactly(2, 5);
		}

		@Test
		void blankLinesOfOnlyCommasAndWhiteSpaceAreIgnored() throws Exception {
			Path file = contracts(Fixtures.CONTRACTS_HEADER + "\n\n,,,,\n , \t,\u3000,,\nHT-1,单独," + GZ1
					+ ",2024-01-01,2026-12-31\n\n   \n");
			List<ReturnLine> lines = readAll(file, CONTRACTS);
			assertThat(lines).hasSize(1);
			assertThat(lines.get(0).line()).isEqualTo(5);
		}

		@Test
		void crlfAndLfGiveTheSameLinesAndCells() throws Exception {
			String text = """
					标题,,,,
					contract_id,scope,employer_id,effective_from,expires_on

					HT-1,单独,%s,2024-01-01,2026-12-31
					合计,,,,
					HT-2,区域性,%s,2024-01-01,2026-12-31
					""".formatted(GZ1, GZ2);
			Path lf = Fixtures.write(dir.resolve("lf/contracts.csv"), text, StandardCharsets.UTF_8);
			Path crlf = Fixtures.write(dir.resolve("crlf/contracts.csv"), Fixtures.crlf(text), StandardCharsets.UTF_8);
			List<ReturnLine> a = readAll(lf, CONTRACTS);
			List<ReturnLine> b = readAll(crlf, CONTRACTS);
			assertThat(b).extracting(ReturnLine::line).containsExactly(1, 4, 5, 6).isEqualTo(a.stream().map(ReturnLine::line).toList());
			assertThat(rows(b)).extracting((row) -> row.get(Column.EXPIRES_ON)).containsExactly("2026-12-31", "2026-12-31");
			assertThat(rows(b)).extracting((row) -> row.get(Column.CONTRACT_ID)).containsExactly("HT-1", "HT-2");
		}

		@Test
		void aFileWithoutAFinalLineBreakKeepsItsLastRow() throws Exception {
			Path file = contracts(Fixtures.CONTRACTS_HEADER + "\r\nHT-1,单独," + GZ1 + ",2024-01-01,2026-12-31");
			List<ReturnRow> rows = rows(readAll(file, CONTRACTS));
			assertThat(rows).extracting(ReturnRow::line).containsExactly(2);
			assertThat(rows.get(0).get(Column.EXPIRES_ON)).isEqualTo("2026-12-31");
		}

		@Test
		void aQuotedCellSpanningTwoLinesMovesTheNextRecordsPhysicalLine() throws Exception {
			Path file = organizations(Fixtures.crlf("""
					employer_id,employer_name,county_code,industry,ownership,employees,women_employees,women_members,women_org
					%s,"广州甲电子
					有限公司",440106,C,国有,100,40,30,女职工委员会
					%s,广州乙物流有限公司,440111,G,民营,85,9,9,女职工委员
					""".formatted(GZ1, GZ2)));
			List<ReturnRow> rows = rows(readAll(file, ORGANIZATIONS));
			// Records 2 and 3 start on physical lines 2 and 4.
			assertThat(rows).extracting(ReturnRow::line).containsExactly(2, 4);
			assertThat(rows.get(0).get(Column.EMPLOYER_NAME)).isEqualTo("广州甲电子\r\n有限公司");
			assertThat(rows.get(0).get(Column.COUNTY_CODE)).isEqualTo("440106");
			assertThat(rows.get(1).get(Column.EMPLOYER_ID)).isEqualTo(GZ2);
		}

		@Test
		void quotedCellsWithCommasAndEscapedQuotes() throws Exception {
			Path file = organizations("""
					employer_id,employer_name,county_code,industry,ownership,employees,women_employees,women_members,women_org
					%s,"Harbour Precision (Guangzhou) Co., Ltd. ""HP""\",440106,C,foreign,"1,234",  56  ,"  12 ",committee
					""".formatted(GZ1));
			ReturnRow row = rows(readAll(file, ORGANIZATIONS)).get(0);
			assertThat(row.get(Column.EMPLOYER_NAME)).isEqualTo("Harbour Precision (Guangzhou) Co., Ltd. \"HP\"");
			assertThat(row.get(Column.EMPLOYEES)).isEqualTo("1,234");
			assertThat(row.get(Column.WOMEN_EMPLOYEES)).isEqualTo("56");
			assertThat(row.get(Column.WOMEN_MEMBERS)).isEqualTo("12");
		}

		@Test
		void aQuoteInsideAnUnquotedCellIsKeptAsWritten() throws Exception {
			Path file = contracts(Fixtures.CONTRACTS_HEADER + "\nHT-\"1\",单独," + GZ1 + ",2024-01-01,2026-12-31\n");
			assertThat(rows(readAll(file, CONTRACTS)).get(0).get(Column.CONTRACT_ID)).isEqualTo("HT-\"1\"");
		}

		@Test
		void textAfterAClosingQuoteMakesTheFileUnusable() throws Exception {
			Path file = contracts(Fixtures.CONTRACTS_HEADER + "\n\"HT-1\"A,单独," + GZ1 + ",2024-01-01,2026-12-31\n");
			try (ReturnReader reader = ReturnReader.open(file, CONTRACTS)) {
				assertThatExceptionOfType(ReturnRejectedException.class).isThrownBy(reader::next)
					.withMessageStartingWith("contracts.csv 第2行起无法按CSV格式读取");
			}
		}

		@Test
		void aShortRecordReadsItsMissingCellsAsEmpty() throws Exception {
			Path file = contracts(Fixtures.CONTRACTS_HEADER + "\nHT-1,单独\n");
			ReturnRow row = rows(readAll(file, CONTRACTS)).get(0);
			assertThat(row.get(Column.SCOPE)).isEqualTo("单独");
			assertThat(row.get(Column.EMPLOYER_ID)).isEmpty();
			assertThat(row.get(Column.EXPIRES_ON)).isEmpty();
		}

		@Test
		void anUnterminatedQuoteMakesTheFileUnusable() throws Exception {
			Path file = contracts(Fixtures.CONTRACTS_HEADER + "\nHT-1,单独," + GZ1 + ",2024-01-01,2026-12-31\n\nHT-2,\"区域性,"
					+ GZ2 + ",2024-01-01,2026-12-31\nHT-3,单独," + GZ1 + ",2024-01-01,2026-12-31\n");
			try (ReturnReader reader = ReturnReader.open(file, CONTRACTS)) {
				assertThat(reader.next().line()).isEqualTo(2);
				// The blank line 3 is passed over; the quote opened on line 4 never closes.
				assertThatExceptionOfType(ReturnRejectedException.class).isThrownBy(reader::next)
					.withMessage("contracts.csv 第4行起无法按CSV格式读取（引号不成对），请检查该行后重新报送");
			}
		}
	}
}
