package cn.gdftu.twocoverage.sample;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.gdftu.twocoverage.ingest.ReturnKind;
import cn.gdftu.twocoverage.reference.ReferenceData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes deterministic sample returns under {@code <out>/<period>/<city>/}: the same arguments always
 * give the same bytes. Runs outside Spring, from the fat jar:
 *
 * <pre>
 * java -cp target/two-coverage.jar -Dloader.main=cn.gdftu.twocoverage.sample.SampleDataGenerator \
 *     org.springframework.boot.loader.launch.PropertiesLauncher --out input --unions 6000 ...
 * </pre>
 */
@Command(name = "sample-data", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Writes deterministic sample returns (organizations.csv, contracts.csv) for the 21 cities.")
public final class SampleDataGenerator implements Callable<Integer> {

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "input folder to write <period>/<city>/ under")
	private Path out;

	@Option(names = "--periods", paramLabel = "YYYY-MM[..YYYY-MM]", defaultValue = "2026-05..2026-10",
			description = "one period or a range (default: ${DEFAULT-VALUE})")
	private String periods;

	@Option(names = "--unions", paramLabel = "N", defaultValue = "6000",
			description = "unions of the province in the first period (default: ${DEFAULT-VALUE})")
	private int unions;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "20260501", description = "random seed (default: ${DEFAULT-VALUE})")
	private long seed;

	@Option(names = "--dress", paramLabel = "canonical|mixed", defaultValue = "canonical",
			description = "canonical: UTF-8, English headers; mixed: a few cities in Excel dress, one with a BOM (default: ${DEFAULT-VALUE})")
	private DressMode dress;

	@Option(names = "--bad-rows", description = "plant rows that each break one rule of SPEC §5")
	private boolean badRows;

	@Option(names = "--missing", paramLabel = "CITY@YYYY-MM", description = "a return not sent: no folder (repeatable)")
	private List<String> missing = new ArrayList<>();

	@Option(names = "--planted", paramLabel = "FILE", description = "also write the planted bad rows as CSV here")
	private Path planted;

	@Option(names = "--changes",
			description = "plant unusual changes since the previous month (a county left out, a typo, a committee dropped, a contract left out); needs three periods")
	private boolean changes;

	@Option(names = "--planted-changes", paramLabel = "FILE", description = "also write the planted changes as CSV here")
	private Path plantedChanges;

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec commandSpec;

	public static void main(String[] args) {
		System.exit(commandLine().execute(args));
	}

	static CommandLine commandLine() {
		return new CommandLine(new SampleDataGenerator()).setCaseInsensitiveEnumValuesAllowed(true);
	}

	@Override
	public Integer call() throws IOException {
		SampleSpec spec;
		try {
			spec = new SampleSpec(this.out, SampleSpec.parsePeriods(this.periods), this.unions, this.seed, this.dress,
					this.badRows, missing(SampleSpec.parsePeriods(this.periods)), this.changes);
		}
		catch (IllegalArgumentException ex) {
			throw new CommandLine.ParameterException(this.commandSpec.commandLine(), ex.getMessage());
		}
		long started = System.nanoTime();
		GenerationReport report;
		try {
			report = generate(spec);
		}
		catch (IllegalArgumentException ex) {
			throw new CommandLine.ParameterException(this.commandSpec.commandLine(), ex.getMessage());
		}
		if (this.planted != null) {
			report.writePlanted(this.planted);
		}
		if (this.plantedChanges != null) {
			report.writePlantedChanges(this.plantedChanges);
		}
		PrintWriter console = this.commandSpec.commandLine().getOut();
		for (YearMonth period : report.periods()) {
			console.printf("%s: %d cities, %d unions, %d contract rows%n", period, report.cities(period),
					report.unions(period), report.contractRows(period));
		}
		console.printf("%d planted bad rows, %d planted changes; written under %s in %.1f s%n", report.planted().size(),
				report.changes().size(), this.out,
				(System.nanoTime() - started) / 1e9);
		return 0;
	}

	/** Writes every city's return of every period the spec names, on all cores, and reports them. */
	public static GenerationReport generate(SampleSpec spec) throws IOException {
		ReferenceData reference = ReferenceData.bundled();
		LocalDate anchor = spec.periods().get(0).atEndOfMonth();
		ProvinceModel province = new ProvinceModel(reference, spec.unions(), spec.seed(), anchor);
		ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
		try {
			Map<YearMonth, List<String>> sending = new HashMap<>();
			Map<YearMonth, Map<String, List<BadRow>>> mistakes = new HashMap<>();
			for (YearMonth period : spec.periods()) {
				List<String> cities = new ArrayList<>();
				for (CityModel city : province.cities()) {
					if (!spec.isMissing(city.city().code(), period)) {
						cities.add(city.city().code());
					}
				}
				sending.put(period, cities);
				mistakes.put(period, spec.badRows() ? BadRow.plan(spec.seed(), period, cities) : Map.of());
			}
			ChangePlan changes = spec.changes() ? ChangePlan.of(spec.seed(), spec.periods(), province, sending,
					badRowCities(mistakes)) : ChangePlan.none();
			List<YearMonth> order = new ArrayList<>();
			List<Future<MonthlyReturn.Result>> results = new ArrayList<>();
			for (YearMonth period : spec.periods()) {
				int month = spec.monthIndex(period);
				for (CityModel city : province.cities()) {
					String code = city.city().code();
					Path folder = spec.out().resolve(period.toString()).resolve(code);
					if (!sending.get(period).contains(code)) {
						removeReturn(folder);
						continue;
					}
					Dress dress = Dress.of(spec.dress(), code);
					List<BadRow> planted = mistakes.get(period).getOrDefault(code, List.of());
					ChangePlan.Alteration alteration = changes.alteration(period, code);
					order.add(period);
					results.add(pool.submit(
							() -> MonthlyReturn.write(folder, city, period, month, dress, planted, alteration)));
				}
			}
			GenerationReport report = new GenerationReport();
			spec.periods().forEach(report::addPeriod);
			report.changes(changes.changes());
			for (int i = 0; i < results.size(); i++) {
				report.add(order.get(i), join(results.get(i)));
			}
			return report;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static Map<YearMonth, Set<String>> badRowCities(Map<YearMonth, Map<String, List<BadRow>>> mistakes) {
		Map<YearMonth, Set<String>> cities = new HashMap<>();
		mistakes.forEach((period, plan) -> cities.put(period, plan.keySet()));
		return cities;
	}

	private Set<String> missing(List<YearMonth> periods) {
		Set<String> returns = new LinkedHashSet<>();
		for (String entry : this.missing) {
			String[] parts = entry.split("@", -1);
			if (parts.length != 2 || ReferenceData.bundled().city(parts[0].trim()).isEmpty()) {
				throw new IllegalArgumentException("--missing takes CITY@YYYY-MM with a city code of the reference data: "
						+ entry);
			}
			YearMonth period = SampleSpec.period(parts[1]);
			if (!periods.contains(period)) {
				throw new IllegalArgumentException("--missing names a period outside --periods: " + entry);
			}
			returns.add(parts[0].trim() + "@" + period);
		}
		return returns;
	}

	/** A city that sends nothing has no folder: remove the files an earlier run left, then the folder. */
	private static void removeReturn(Path folder) throws IOException {
		for (ReturnKind kind : ReturnKind.values()) {
			Files.deleteIfExists(folder.resolve(kind.fileName()));
		}
		if (Files.isDirectory(folder)) {
			try (var entries = Files.list(folder)) {
				if (entries.findAny().isEmpty()) {
					Files.delete(folder);
				}
			}
		}
	}

	private static MonthlyReturn.Result join(Future<MonthlyReturn.Result> result) throws IOException {
		try {
			return result.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			if (ex.getCause() instanceof UncheckedIOException io) {
				throw io.getCause();
			}
			throw new IllegalStateException(ex.getCause());
		}
	}
}
