package cn.gdftu.twocoverage.sample;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.gdftu.twocoverage.ingest.CityRun;
import cn.gdftu.twocoverage.ingest.Contract;
import cn.gdftu.twocoverage.ingest.EmployerId;
import cn.gdftu.twocoverage.ingest.Organization;
import cn.gdftu.twocoverage.ingest.Reason;
import cn.gdftu.twocoverage.ingest.ReturnEncoding;
import cn.gdftu.twocoverage.ingest.Scope;
import cn.gdftu.twocoverage.ingest.SkippedLine;
import cn.gdftu.twocoverage.ingest.WomenOrg;
import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;

class SampleDataGeneratorTests {

	private static final ReferenceData REFERENCE = ReferenceData.bundled();

	private static final List<YearMonth> SIX_MONTHS = SampleSpec.parsePeriods("2026-05..2026-10");

	private static SampleSpec spec(Path out, String periods, int unions, long seed, DressMode dress, boolean badRows,
			Set<String> missing) {
		return new SampleSpec(out, SampleSpec.parsePeriods(periods), unions, seed, dress, badRows, missing);
	}

	@Nested
	class Determinism {

		@Test
		void sameArgumentsWriteTheSameBytes(@TempDir Path first, @TempDir Path second) throws IOException {
			SampleDataGenerator.generate(spec(first, "2026-05..2026-07", 3000, 7, DressMode.MIXED, true,
					Set.of("445300@2026-06")));
			SampleDataGenerator.generate(spec(second, "2026-05..2026-07", 3000, 7, DressMode.MIXED, true,
					Set.of("445300@2026-06")));
			Map<String, byte[]> a = TestFiles.tree(first);
			Map<String, byte[]> b = TestFiles.tree(second);
			assertThat(a).hasSize(3 * 21 * 2 - 2);
			assertThat(b.keySet()).isEqualTo(a.keySet());
			a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
		}

		@Test
		void anotherSeedWritesOtherEmployers(@TempDir Path first, @TempDir Path second) throws IOException {
			SampleDataGenerator.generate(spec(first, "2026-05", 3000, 7, DressMode.CANONICAL, false, Set.of()));
			SampleDataGenerator.generate(spec(second, "2026-05", 3000, 8, DressMode.CANONICAL, false, Set.of()));
			Path file = Path.of("2026-05", "440100", "organizations.csv");
			assertThat(Files.readAllBytes(second.resolve(file))).isNotEqualTo(Files.readAllBytes(first.resolve(file)));
		}

		@Test
		void aMonthKeepsItsEmployersAndAddsAFew(@TempDir Path out) throws Exception {
			SampleDataGenerator.generate(spec(out, "2026-05..2026-06", 6000, 7, DressMode.CANONICAL, false, Set.of()));
			Set<String> may = ids(CityRun.read(out.resolve("2026-05/440300")));
			Set<String> june = ids(CityRun.read(out.resolve("2026-06/440300")));
			assertThat(june).containsAll(may);
			assertThat(june.size()).isGreaterThan(may.size()).isLessThan((int) (may.size() * 1.02));
		}

		private Set<String> ids(CityRun city) {
			return city.organizations.stream().map(Organization::employerId).collect(Collectors.toSet());
		}
	}

	/** Mixed dress, no bad rows: every row of every city must be read back and accepted. */
	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class CleanReturns {

		Path out;

		GenerationReport report;

		final Map<YearMonth, Map<String, CityRun>> read = new TreeMap<>();

		@BeforeAll
		void generateAndReadBack(@TempDir Path out) throws Exception {
			this.out = out;
			this.report = SampleDataGenerator.generate(spec(this.out, "2026-05..2026-07", 6000, 20260501L,
					DressMode.MIXED, false, Set.of()));
			for (YearMonth period : this.report.periods()) {
				Map<String, CityRun> cities = new TreeMap<>();
				for (Division city : REFERENCE.cities()) {
					cities.put(city.code(), CityRun.read(this.out.resolve(period.toString()).resolve(city.code())));
				}
				this.read.put(period, cities);
			}
		}

		@Test
		void everyRowOfEveryCityIsReadBackAndAccepted() {
			this.read.forEach((period, cities) -> {
				long organizations = 0;
				long contracts = 0;
				for (Map.Entry<String, CityRun> city : cities.entrySet()) {
					CityRun checked = city.getValue();
					assertThat(checked.rejections).as(period + " " + city.getKey()).isEmpty();
					assertThat(checked.organizations).hasSize((int) checked.counts().get(0)).isNotEmpty();
					assertThat(checked.contracts).hasSize((int) checked.counts().get(2));
					organizations += checked.organizations.size();
					contracts += checked.contracts.size();
				}
				assertThat(organizations).isEqualTo(this.report.unions(period));
				assertThat(contracts).isEqualTo(this.report.contractRows(period));
			});
		}

		@Test
		void employerIdsAreValidAndCarryTheirCounty() {
			Set<String> seen = new HashSet<>();
			for (Map.Entry<String, CityRun> city : this.read.get(YearMonth.of(2026, 5)).entrySet()) {
				for (Organization organization : city.getValue().organizations) {
					assertThat(EmployerId.isValid(organization.employerId())).as(organization.employerId()).isTrue();
					assertThat(organization.employerId().substring(2, 8)).isEqualTo(organization.countyCode());
					assertThat(REFERENCE.isCountyOf(organization.countyCode(), city.getKey())).isTrue();
					assertThat(seen.add(organization.employerId())).as("unique " + organization.employerId()).isTrue();
				}
			}
		}

		@Test
		void excelDressIsGb18030WithTitleAndTotalsLines() throws Exception {
			for (String code : Dress.EXCEL_CITIES) {
				CityRun city = this.read.get(YearMonth.of(2026, 5)).get(code);
				Path folder = this.out.resolve("2026-05").resolve(code);
				assertThat(ReturnEncoding.detect(folder.resolve("organizations.csv"))).isEqualTo(ReturnEncoding.GB18030);
				assertThat(ReturnEncoding.detect(folder.resolve("contracts.csv"))).isEqualTo(ReturnEncoding.GB18030);
				assertThat(city.skipped).extracting(SkippedLine::kind)
					.containsExactly(SkippedLine.Kind.TITLE, SkippedLine.Kind.TITLE, SkippedLine.Kind.TOTALS,
							SkippedLine.Kind.TITLE, SkippedLine.Kind.TITLE, SkippedLine.Kind.TOTALS);
				String text = new String(Files.readAllBytes(this.out.resolve("2026-05/" + code + "/organizations.csv")),
						ReturnEncoding.GB18030);
				assertThat(text.lines().skip(2).findFirst()).hasValue(
						"统一社会信用代码,单位名称,区县代码,行业门类,经济类型,职工人数,女职工人数,女会员人数,女职工组织");
				assertThat(text).contains("\r\n").doesNotContain("\n\n");
			}
		}

		@Test
		void oneCityWritesABomAndTheRestCanonicalUtf8() throws IOException {
			for (Division city : REFERENCE.cities()) {
				byte[] bytes = Files.readAllBytes(this.out.resolve("2026-05/" + city.code() + "/contracts.csv"));
				boolean bom = bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
				assertThat(bom).as(city.code()).isEqualTo(Dress.BOM_CITY.equals(city.code()));
				if (!Dress.EXCEL_CITIES.contains(city.code()) && !bom) {
					String text = new String(bytes, StandardCharsets.UTF_8);
					assertThat(text).startsWith("contract_id,scope,employer_id,effective_from,expires_on\n")
						.doesNotContain("\r");
					assertThat(this.read.get(YearMonth.of(2026, 5)).get(city.code()).skipped).isEmpty();
				}
			}
		}

		@Test
		void contractsCoverOneEmployerOrAGroupOfOneCountyOrIndustry() {
			for (Map.Entry<String, CityRun> city : this.read.get(YearMonth.of(2026, 5)).entrySet()) {
				Map<String, Organization> byId = new HashMap<>();
				city.getValue().organizations.forEach((o) -> byId.put(o.employerId(), o));
				Map<String, List<Contract>> byContract = city.getValue().contracts.stream()
					.collect(Collectors.groupingBy(Contract::contractId));
				byContract.forEach((id, rows) -> {
					Scope scope = rows.get(0).scope();
					Set<String> counties = rows.stream().map((r) -> byId.get(r.employerId()).countyCode())
						.collect(Collectors.toSet());
					Set<String> industries = rows.stream().map((r) -> byId.get(r.employerId()).industry())
						.collect(Collectors.toSet());
					switch (scope) {
						case ENTERPRISE -> assertThat(rows).as(id).hasSize(1);
						case REGIONAL -> {
							assertThat(rows.size()).as(id).isBetween(3, 20);
							assertThat(counties).as(id).hasSize(1);
						}
						case INDUSTRY -> {
							assertThat(rows.size()).as(id).isBetween(3, 20);
							assertThat(counties).as(id).hasSize(1);
							assertThat(industries).as(id).hasSize(1);
						}
					}
				});
				assertThat(byContract.values().stream().map((rows) -> rows.get(0).scope()))
					.as(city.getKey() + " has enterprise contracts")
					.contains(Scope.ENTERPRISE);
			}
		}

		@Test
		void looksLikeTheProvince() {
			List<Organization> all = new ArrayList<>();
			this.read.get(YearMonth.of(2026, 5)).values().forEach((city) -> all.addAll(city.organizations));
			assertThat(share(all, (o) -> o.industry().equals("C"))).isBetween(0.35, 0.45);
			assertThat(share(all, (o) -> o.ownership().equals("private"))).isBetween(0.55, 0.72);
			assertThat(all).allSatisfy((o) -> assertThat(o.employees()).isBetween(5, 3000));
			assertThat(share(all, (o) -> o.employees() >= 1000)).isBetween(0.005, 0.05);
			assertThat(share(all, (o) -> o.employees() <= 50)).isBetween(0.3, 0.6);
			assertThat(share(all, (o) -> o.womenMembers() == 0)).isBetween(0.02, 0.15);
			assertThat(share(all, (o) -> o.womenEmployees() > 0 && o.womenMembers() == 0)).isBetween(0.01, 0.08);
			Map<String, Long> perCity = new TreeMap<>();
			this.read.get(YearMonth.of(2026, 5)).forEach((code, city) -> perCity.put(code, (long) city.organizations.size()));
			assertThat(perCity.get("440300")).isGreaterThan(perCity.get("440700") * 3);
			assertThat(perCity.get("445300")).isLessThan(perCity.get("441300"));
		}

		@Test
		void someContractsExpireWithinNinetyDaysAndSomeAreNotYetOrNoLongerInForce() {
			YearMonth period = YearMonth.of(2026, 5);
			LocalDate day = period.atEndOfMonth();
			List<Contract> all = new ArrayList<>();
			this.read.get(period).values().forEach((city) -> all.addAll(city.contracts));
			assertThat(all).anyMatch((c) -> inForce(c, day) && !c.expiresOn().isAfter(day.plusDays(90)));
			assertThat(all).anyMatch((c) -> c.effectiveFrom().isAfter(day));
			assertThat(all).anyMatch((c) -> c.expiresOn().isBefore(day));
			assertThat(all).anyMatch((c) -> c.contractId().matches("GD\\d\\d-\\d{4}-[ERI]\\d{4,}"));
			assertThat(all).anyMatch((c) -> c.contractId().matches(".女专〔\\d{4}〕\\d+号"));
		}

		private static boolean inForce(Contract contract, LocalDate day) {
			return !contract.effectiveFrom().isAfter(day) && !contract.expiresOn().isBefore(day);
		}

		private static <T> double share(List<T> items, java.util.function.Predicate<T> test) {
			return (double) items.stream().filter(test).count() / items.size();
		}
	}

	/** The committed sample's set-up with another seed: each planted row rejected for its reason, and nothing else. */
	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class BadRows {

		Path out;

		GenerationReport report;

		@BeforeAll
		void generate(@TempDir Path out) throws IOException {
			this.out = out;
			this.report = SampleDataGenerator.generate(spec(this.out, "2026-05..2026-10", 6000, 7L, DressMode.MIXED,
					true, Set.of("445300@2026-08")));
		}

		@Test
		void exactlyThePlantedRowsAreRejectedForTheirReason() throws Exception {
			Set<String> planted = this.report.planted().stream()
				.map((p) -> p.period() + " " + p.cityCode() + " " + p.file().fileName() + ":" + p.line() + " "
						+ p.reason())
				.collect(Collectors.toSet());
			Set<String> rejected = new HashSet<>();
			for (YearMonth period : SIX_MONTHS) {
				try (Stream<Path> cities = Files.list(this.out.resolve(period.toString()))) {
					for (Path city : cities.toList()) {
						for (var rejection : CityRun.read(city).rejections) {
							rejected.add(period + " " + city.getFileName() + " " + rejection.file() + ":"
									+ rejection.line() + " " + rejection.reason());
						}
					}
				}
			}
			assertThat(planted).hasSize(this.report.planted().size());
			assertThat(rejected).isEqualTo(planted);
		}

		@Test
		void everyMistakeIsPlantedEveryMonthInAFewCities() {
			for (YearMonth period : SIX_MONTHS) {
				List<PlantedRow> rows = this.report.planted().stream().filter((p) -> p.period().equals(period)).toList();
				Set<Reason> reasons = EnumSet.noneOf(Reason.class);
				rows.forEach((p) -> reasons.add(p.reason()));
				Set<Reason> intended = EnumSet.noneOf(Reason.class);
				for (BadRow kind : BadRow.values()) {
					intended.add(kind.reason());
				}
				assertThat(reasons).as(period.toString()).isEqualTo(intended);
				assertThat(rows.stream().map(PlantedRow::cityCode).distinct().count()).isEqualTo(BadRow.CITIES_PER_MONTH);
				assertThat(rows).filteredOn((p) -> p.reason() == Reason.INCONSISTENT_CONTRACT).hasSize(2);
			}
		}

		@Test
		void theMissingCityHasNoFolderThatMonthOnly() {
			assertThat(this.out.resolve("2026-08/445300")).doesNotExist();
			assertThat(this.out.resolve("2026-07/445300/organizations.csv")).isRegularFile();
			assertThat(this.out.resolve("2026-09/445300/contracts.csv")).isRegularFile();
			assertThat(this.report.cities(YearMonth.of(2026, 8))).isEqualTo(20);
			assertThat(this.report.planted()).noneMatch((p) -> p.cityCode().equals("445300")
					&& p.period().equals(YearMonth.of(2026, 8)));
		}

	}

	/**
	 * {@code --changes}: each planted change is in the files as its note says, the plan depends on the
	 * seed alone, and the returns around it are untouched.
	 */
	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class Changes {

		Path out;

		GenerationReport report;

		@BeforeAll
		void generate(@TempDir Path out) throws IOException {
			this.out = out;
			this.report = SampleDataGenerator.generate(new SampleSpec(out, SIX_MONTHS, 6000, 7L, DressMode.CANONICAL,
					true, Set.of("445300@2026-08"), true));
		}

		@Test
		void aCountyLeftOutForOneMonthTakesItsUnionsAndContractsWithIt() throws Exception {
			PlantedChange shrank = only(PlantedChange.Kind.ROSTER_SHRANK);
			PlantedChange grew = only(PlantedChange.Kind.ROSTER_GREW);
			assertThat(grew.period()).isEqualTo(shrank.period().plusMonths(1));
			assertThat(grew.cityCode()).isEqualTo(shrank.cityCode());
			Map<YearMonth, CityRun> runs = new TreeMap<>();
			for (YearMonth period : List.of(shrank.period().minusMonths(1), shrank.period(), grew.period())) {
				runs.put(period, CityRun.read(this.out.resolve(period + "/" + shrank.cityCode())));
			}
			List<Integer> sizes = runs.values().stream().map((run) -> run.organizations.size()).toList();
			assertThat((double) sizes.get(1) / sizes.get(0)).isBetween(0.55, 0.75);
			assertThat((double) sizes.get(2) / sizes.get(1)).isGreaterThan(1.3);
			assertThat(runs.get(shrank.period()).organizations).noneMatch((o) -> o.countyCode().equals(shrank.subject()));
			assertThat(runs.get(grew.period()).organizations).anyMatch((o) -> o.countyCode().equals(shrank.subject()));
			assertThat(runs.get(shrank.period()).rejections).isEmpty();
		}

		@Test
		void aDigitTypedTwiceIsCorrectedTheNextMonth() throws Exception {
			List<PlantedChange> typo = this.report.changes()
				.stream()
				.filter((c) -> c.kind() == PlantedChange.Kind.EMPLOYEES)
				.toList();
			assertThat(typo).hasSize(2);
			List<Integer> employees = new ArrayList<>();
			for (YearMonth period : List.of(typo.get(0).period().minusMonths(1), typo.get(0).period(), typo.get(1).period())) {
				employees.add(organization(period, typo.get(0).cityCode(), typo.get(0).subject()).employees());
			}
			assertThat(employees.get(1)).isEqualTo(employees.get(0) * 10 + employees.get(0) % 10)
				.isGreaterThan(employees.get(0) * 10);
			assertThat(employees.get(2)).isEqualTo(employees.get(0));
		}

		@Test
		void aCommitteeWithTenOrMoreWomenMembersIsReportedAsNone() throws Exception {
			PlantedChange dropped = only(PlantedChange.Kind.COMMITTEE_DROPPED);
			Organization before = organization(dropped.period().minusMonths(1), dropped.cityCode(), dropped.subject());
			Organization now = organization(dropped.period(), dropped.cityCode(), dropped.subject());
			assertThat(before.womenOrg()).isEqualTo(WomenOrg.COMMITTEE);
			assertThat(now.womenOrg()).isEqualTo(WomenOrg.NONE);
			assertThat(now.womenMembers()).isGreaterThanOrEqualTo(10);
		}

		@Test
		void everyVanishedContractWasInForceAndRunsPastTheMonth() throws Exception {
			List<PlantedChange> vanished = this.report.changes()
				.stream()
				.filter((c) -> c.kind() == PlantedChange.Kind.CONTRACT_VANISHED)
				.toList();
			assertThat(vanished).anyMatch((c) -> c.note().startsWith("enterprise contract"));
			for (PlantedChange c : vanished) {
				List<Contract> before = contracts(c.period().minusMonths(1), c.cityCode(), c.subject());
				assertThat(before).isNotEmpty()
					.allMatch((k) -> !k.effectiveFrom().isAfter(c.period().minusMonths(1).atEndOfMonth())
							&& !k.expiresOn().isBefore(c.period().atEndOfMonth()));
				assertThat(contracts(c.period(), c.cityCode(), c.subject())).isEmpty();
			}
		}

		@Test
		void noPlantedChangeIsInACityWithBadRowsThatMonthOrInTheMissingCity() {
			for (PlantedChange change : this.report.changes()) {
				assertThat(change.cityCode()).isNotEqualTo("445300");
				if (!change.kind().name().endsWith("GREW") && !change.note().startsWith("employees corrected")) {
					assertThat(this.report.planted())
						.noneMatch((p) -> p.period().equals(change.period()) && p.cityCode().equals(change.cityCode()));
				}
			}
		}

		@Test
		void refusesFewerThanThreeMonths(@TempDir Path out) {
			StringWriter errors = new StringWriter();
			int exit = SampleDataGenerator.commandLine()
				.setErr(new PrintWriter(errors))
				.execute("--out", out.toString(), "--periods", "2026-05..2026-06", "--changes");
			assertThat(exit).isEqualTo(2);
			assertThat(errors.toString()).contains("three periods");
		}

		private PlantedChange only(PlantedChange.Kind kind) {
			List<PlantedChange> found = this.report.changes().stream().filter((c) -> c.kind() == kind).toList();
			assertThat(found).as(kind.name()).hasSize(1);
			return found.get(0);
		}

		private Organization organization(YearMonth period, String city, String id) throws Exception {
			return CityRun.read(this.out.resolve(period + "/" + city))
				.organizations.stream()
				.filter((o) -> o.employerId().equals(id))
				.findFirst()
				.orElseThrow();
		}

		private List<Contract> contracts(YearMonth period, String city, String id) throws Exception {
			return CityRun.read(this.out.resolve(period + "/" + city))
				.contracts.stream()
				.filter((k) -> k.contractId().equals(id))
				.toList();
		}
	}

	/** The benchmark sizes its work on 0.37 contract rows per union, within 5 %. */
	@Nested
	class Ratio {

		@ParameterizedTest
		@CsvSource({ "6000, 1", "6000, 2", "6000, 3", "6000, 4", "60000, 1", "60000, 99" })
		void contractRowsAreAbout37PercentOfUnionsInASinglePeriod(int unions, long seed, @TempDir Path out)
				throws IOException {
			GenerationReport report = SampleDataGenerator
				.generate(spec(out, "2026-09", unions, seed, DressMode.CANONICAL, false, Set.of()));
			YearMonth period = YearMonth.of(2026, 9);
			// Each city's last group of employers may take it up to 19 over its share.
			assertThat(report.unions(period)).isBetween((long) unions, unions + 21 * 19L);
			double ratio = (double) report.contractRows(period) / report.unions(period);
			assertThat(ratio).isBetween(0.37 * 0.95, 0.37 * 1.05);
		}

		@ParameterizedTest
		@CsvSource({ "1", "2" })
		void andStayNearItForSixMonthsAtScale(long seed, @TempDir Path out) throws IOException {
			GenerationReport report = SampleDataGenerator
				.generate(spec(out, "2026-05..2026-10", 60000, seed, DressMode.CANONICAL, false, Set.of()));
			double previous = 0;
			for (YearMonth period : SIX_MONTHS) {
				double ratio = (double) report.contractRows(period) / report.unions(period);
				assertThat(ratio).as(period.toString()).isBetween(0.37 * 0.95, 0.37 * 1.05);
				previous = ratio;
			}
			assertThat(previous).as("new contracts come in").isGreaterThan(
					(double) report.contractRows(SIX_MONTHS.get(0)) / report.unions(SIX_MONTHS.get(0)));
		}
	}

	@Nested
	class CommandLineArguments {

		@Test
		void writesWhatTheArgumentsSay(@TempDir Path out) throws IOException {
			StringWriter console = new StringWriter();
			Path planted = out.resolve("planted.csv");
			int exit = SampleDataGenerator.commandLine()
				.setOut(new PrintWriter(console))
				.execute("--out", out.resolve("input").toString(), "--periods", "2026-09..2026-10", "--unions", "2100",
						"--seed", "5", "--dress", "mixed", "--bad-rows", "--missing", "440200@2026-10", "--planted",
						planted.toString());
			assertThat(exit).isZero();
			assertThat(out.resolve("input/2026-09/440200/organizations.csv")).isRegularFile();
			assertThat(out.resolve("input/2026-10/440200")).doesNotExist();
			assertThat(out.resolve("input/2026-10/440500/organizations.csv")).isRegularFile();
			assertThat(Files.readAllLines(planted).get(0)).isEqualTo("period,city_code,file,line,reason");
			assertThat(Files.readAllLines(planted)).hasSizeGreaterThan(2 * BadRow.values().length);
			assertThat(console.toString()).contains("2026-10: 20 cities");
		}

		@Test
		void aCityLeftOutNowLosesTheFolderAnEarlierRunWrote(@TempDir Path out) {
			PrintWriter console = new PrintWriter(new StringWriter());
			assertThat(SampleDataGenerator.commandLine()
				.setOut(console)
				.execute("--out", out.toString(), "--periods", "2026-09", "--unions", "2100")).isZero();
			assertThat(out.resolve("2026-09/441500")).isDirectory();
			assertThat(SampleDataGenerator.commandLine()
				.setOut(console)
				.execute("--out", out.toString(), "--periods", "2026-09", "--unions", "2100", "--missing",
						"441500@2026-09")).isZero();
			assertThat(out.resolve("2026-09/441500")).doesNotExist();
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', value = { "--periods|2026-13", "--periods|2026-10..2026-05", "--unions|20",
				"--unions|100000001", "--missing|449900@2026-05", "--missing|440100@2027-01", "--dress|fancy" })
		void refusesBadArgumentsWithAUsageError(String option, String value, @TempDir Path out) throws IOException {
			StringWriter errors = new StringWriter();
			int exit = SampleDataGenerator.commandLine()
				.setErr(new PrintWriter(errors))
				.execute("--out", out.toString(), "--periods", "2026-05..2026-06", option, value);
			assertThat(exit).isEqualTo(2);
			assertThat(errors.toString()).isNotBlank();
			try (Stream<Path> written = Files.list(out)) {
				assertThat(written).isEmpty();
			}
		}
	}
}
