package cn.gdftu.twocoverage.sample;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import cn.gdftu.twocoverage.ingest.CityRun;
import cn.gdftu.twocoverage.ingest.Contract;
import cn.gdftu.twocoverage.ingest.Organization;
import cn.gdftu.twocoverage.ingest.RowRejection;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample committed under {@code input/}: what its README's command writes, and what the README says. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommittedSampleTests {

	private static final Path INPUT = Path.of("input");

	private final Map<YearMonth, Map<String, CityRun>> read = new TreeMap<>();

	@BeforeAll
	void readTheSample() throws Exception {
		for (YearMonth period : SampleSpec.parsePeriods("2026-05..2026-10")) {
			Map<String, CityRun> cities = new TreeMap<>();
			try (Stream<Path> folders = Files.list(INPUT.resolve(period.toString()))) {
				for (Path folder : folders.sorted().toList()) {
					cities.put(folder.getFileName().toString(), CityRun.read(folder));
				}
			}
			this.read.put(period, cities);
		}
	}

	@Test
	void isExactlyWhatTheReadmeCommandWrites(@TempDir Path scratch) throws IOException {
		List<String> args = new ArrayList<>();
		for (String word : readmeArguments()) {
			args.add(word.startsWith("input") ? scratch.resolve(word).toString() : word);
		}
		int exit = SampleDataGenerator.commandLine()
			.setOut(new PrintWriter(new StringWriter()))
			.execute(args.toArray(String[]::new));
		assertThat(exit).isZero();
		Map<String, byte[]> written = TestFiles.tree(scratch.resolve("input"));
		Map<String, byte[]> committed = TestFiles.tree(INPUT);
		committed.remove("README.md");
		committed.remove(".gitattributes");
		assertThat(committed.keySet()).isEqualTo(written.keySet());
		committed.forEach((name, bytes) -> assertThat(bytes).as(name + " (regenerate input/ with the README's command)")
			.isEqualTo(written.get(name)));
	}

	@Test
	void rejectsExactlyThePlantedRows() throws IOException {
		Set<String> planted = new HashSet<>(Files.readAllLines(INPUT.resolve("planted-bad-rows.csv")));
		assertThat(planted.remove("period,city_code,file,line,reason")).isTrue();
		Set<String> rejected = new HashSet<>();
		this.read.forEach((period, cities) -> cities.forEach((city, checked) -> {
			for (RowRejection rejection : checked.rejections) {
				rejected.add(period + "," + city + "," + rejection.file() + "," + rejection.line() + ","
						+ rejection.reason());
			}
		}));
		assertThat(planted).hasSizeGreaterThanOrEqualTo(6 * BadRow.values().length);
		assertThat(rejected).isEqualTo(planted);
	}

	@Test
	void hasEveryCityEveryMonthButYunfuInAugust() {
		this.read.forEach((period, cities) -> assertThat(cities)
			.hasSize(period.equals(YearMonth.of(2026, 8)) ? 20 : 21));
		assertThat(this.read.get(YearMonth.of(2026, 8))).doesNotContainKey("445300");
	}

	/** Rising coverage is checked on the job's own figures: SampleInputTests in the job package. */
	@Test
	void keepsTheBenchmarkRatio() {
		for (Map.Entry<YearMonth, Map<String, CityRun>> month : this.read.entrySet()) {
			long unions = month.getValue().values().stream().mapToLong((city) -> city.organizations.size()).sum();
			long rows = month.getValue().values().stream().mapToLong((city) -> city.contracts.size()).sum();
			assertThat((double) rows / unions).as(month.getKey().toString()).isBetween(0.37 * 0.95, 0.37 * 1.05);
		}
	}

	/** The arguments of the command in {@code input/README.md}: the line that starts with {@code --out}. */
	private static List<String> readmeArguments() throws IOException {
		List<String> lines = Files.readAllLines(INPUT.resolve("README.md"));
		List<String> commands = lines.stream().map(String::trim).filter((line) -> line.startsWith("--out ")).toList();
		assertThat(commands).as("one --out line in input/README.md").hasSize(1);
		return List.of(commands.get(0).split("\\s+"));
	}
}
