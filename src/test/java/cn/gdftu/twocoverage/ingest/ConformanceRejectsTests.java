package cn.gdftu.twocoverage.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The conformance cases of the shared folder (copied into the test resources): every city of a period
 * taken through CityReturn, CityCheck and the contract ledger must give the status and five counts of
 * the expected submissions.csv, and each submitted city exactly the expected rejected (file, line)
 * pairs, each for one of the reasons allowed there.
 */
class ConformanceRejectsTests {

	private static final String BAD = "/conformance/bad";

	private static final String MESSY = "/conformance/messy";

	/** A city's line of the expected submissions.csv. */
	record Expected(String status, List<Integer> counts) {
	}

	private static Map<String, Expected> submissions(String tree, String period) throws IOException {
		Map<String, Expected> expected = new LinkedHashMap<>();
		for (CSVRecord row : csv(Fixtures.resource(tree + "/expected/" + period + "/submissions.csv"))) {
			assertThat(row.get("period")).isEqualTo(period);
			expected.put(row.get("city_code"),
					new Expected(row.get("status"),
							List.of(Integer.valueOf(row.get("organizations_rows")), Integer.valueOf(row.get("organizations_accepted")),
									Integer.valueOf(row.get("contracts_rows")), Integer.valueOf(row.get("contracts_accepted")),
									Integer.valueOf(row.get("rejected_rows")))));
		}
		return expected;
	}

	private static List<CSVRecord> csv(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	private static String key(String file, int line) {
		return file + ":" + line;
	}

	private static Stream<DynamicTest> everyCity(String tree, String period, Map<String, Expected> expected,
			Map<String, Map<String, Set<String>>> allowed) {
		Path input = Fixtures.resource(tree + "/input/" + period);
		List<DynamicTest> tests = new ArrayList<>();
		for (Division city : ReferenceData.bundled().cities()) {
			String code = city.code();
			tests.add(DynamicTest.dynamicTest(code + " " + city.name(), () -> {
				CityRun run = CityRun.of(input.resolve(code), code);
				Expected wanted = expected.get(code);
				assertThat(run.status()).as("status (%s)", run.rejected).isEqualTo(wanted.status());
				assertThat(run.counts()).as("organizations rows/accepted, contracts rows/accepted, rejected")
					.isEqualTo(wanted.counts());
				if ("submitted".equals(wanted.status())) {
					Map<String, Set<String>> wantedRejects = allowed.getOrDefault(code, Map.of());
					Map<String, Reason> rejects = new TreeMap<>();
					for (RowRejection rejection : run.rejections) {
						assertThat(rejects.put(key(rejection.file(), rejection.line()), rejection.reason()))
							.as("one rejection per line").isNull();
						// A cell a spreadsheet damaged is explained with that cause and its fix instead of the advice.
						assertThat(rejection.message()).startsWith(rejection.reason().message()).satisfiesAnyOf(
								(m) -> assertThat(m).endsWith(rejection.reason().advice()),
								(m) -> assertThat(m).contains("Excel", "WPS", "LibreOffice"));
					}
					assertThat(rejects.keySet()).as("rejected (file, line) pairs").isEqualTo(wantedRejects.keySet());
					rejects.forEach((line, reason) -> assertThat(wantedRejects.get(line)).as(line).contains(reason.name()));
				}
				else if ("rejected".equals(wanted.status())) {
					assertThat(run.rejected).as("why the return is rejected").isNotBlank();
					assertThat(run.rejections).isEmpty();
				}
				else {
					assertThat(run.result.submission().message()).startsWith("本期未报送");
				}
			}));
		}
		return tests.stream();
	}

	@Nested
	class Bad {

		private static final String PERIOD = "2026-09";

		/** city → "file:line" → the reasons allowed for that line. */
		private Map<String, Map<String, Set<String>>> allowedReasons() throws IOException {
			Map<String, Map<String, Set<String>>> allowed = new TreeMap<>();
			for (CSVRecord row : csv(Fixtures.resource(BAD + "/expected/" + PERIOD + "/rejects_summary.csv"))) {
				allowed.computeIfAbsent(row.get("city_code"), (city) -> new TreeMap<>())
					.put(row.get("file") + ":" + row.get("line"), new TreeSet<>(List.of(row.get("allowed_reasons").split("\\|"))));
			}
			return allowed;
		}

		@TestFactory
		Stream<DynamicTest> everyCityMatchesTheExpectedSubmissionAndRejects() throws IOException {
			return everyCity(BAD, PERIOD, submissions(BAD, PERIOD), allowedReasons());
		}

		@Test
		void theExpectedFilesCoverEveryCity() throws IOException {
			assertThat(submissions(BAD, PERIOD)).hasSize(21);
			assertThat(submissions(BAD, PERIOD).values()).extracting(Expected::status)
				.containsOnly("submitted", "missing", "rejected");
			// 14 cities submitted; all but Jiangmen (440700) have rejected rows.
			assertThat(submissions(BAD, PERIOD).values()).filteredOn((e) -> e.status().equals("submitted")).hasSize(14);
			assertThat(allowedReasons()).hasSize(13).doesNotContainKey("440700");
		}

		@Test
		void theWholeReturnRejectionsSayWhy() throws IOException {
			Path input = Fixtures.resource(BAD + "/input/" + PERIOD);
			assertThat(CityRun.of(input.resolve("441300"), "441300").rejected).contains("expires_on（到期日期）");
			assertThat(CityRun.of(input.resolve("441400"), "441400").rejected).startsWith("缺少contracts.csv");
			assertThat(CityRun.of(input.resolve("441600"), "441600").rejected).startsWith("organizations.csv 没有数据行");
			assertThat(CityRun.of(input.resolve("441700"), "441700").rejected)
				.startsWith("organizations.csv 是Excel工作簿（.xlsx）而不是CSV文件").contains("扩展名改回.xlsx");
			assertThat(CityRun.of(input.resolve("441800"), "441800").rejected).startsWith("缺少organizations.csv");
		}

		@Test
		void foldersThatAreNotCitiesAreNotCities() throws IOException {
			Path input = Fixtures.resource(BAD + "/input/" + PERIOD);
			assertThat(input.resolve("449999")).isDirectory();
			assertThat(input.resolve("报送说明.txt")).isRegularFile();
			assertThat(ReferenceData.bundled().isCity("449999")).isFalse();
		}

		@Test
		void warningsOfACityWithTitleAndTotalsLines() throws IOException {
			CityRun run = CityRun.of(Fixtures.resource(BAD + "/input/" + PERIOD + "/442000"), "442000");
			assertThat(run.skipped).extracting(SkippedLine::file, SkippedLine::line, SkippedLine::kind).containsExactly(
					tuple(ReturnKind.ORGANIZATIONS, 1, SkippedLine.Kind.TITLE),
					tuple(ReturnKind.ORGANIZATIONS, 2, SkippedLine.Kind.TITLE),
					tuple(ReturnKind.ORGANIZATIONS, 121, SkippedLine.Kind.TOTALS),
					tuple(ReturnKind.ORGANIZATIONS, 122, SkippedLine.Kind.TOTALS),
					tuple(ReturnKind.CONTRACTS, 1, SkippedLine.Kind.TITLE),
					tuple(ReturnKind.CONTRACTS, 2, SkippedLine.Kind.TITLE),
					tuple(ReturnKind.CONTRACTS, 108, SkippedLine.Kind.TOTALS));
		}
	}

	@Nested
	class Messy {

		private static final String PERIOD = "2026-10";

		@TestFactory
		Stream<DynamicTest> everyRowOfEveryCityIsAccepted() throws IOException {
			Map<String, Expected> expected = submissions(MESSY, PERIOD);
			assertThat(expected.values()).extracting(Expected::status).containsOnly("submitted");
			assertThat(expected.values()).extracting((e) -> e.counts().get(4)).containsOnly(0);
			return everyCity(MESSY, PERIOD, expected, Map.of());
		}

		@Test
		void gb18030CitiesAreReadAsGb18030() throws Exception {
			Path input = Fixtures.resource(MESSY + "/input/" + PERIOD);
			try (ReturnReader reader = ReturnReader.open(input.resolve("440100/organizations.csv"), ReturnKind.ORGANIZATIONS)) {
				assertThat(reader.charset()).isEqualTo(ReturnEncoding.GB18030);
			}
			try (ReturnReader reader = ReturnReader.open(input.resolve("441900/organizations.csv"), ReturnKind.ORGANIZATIONS)) {
				assertThat(reader.charset()).isEqualTo(StandardCharsets.UTF_8);
			}
		}
	}
}
