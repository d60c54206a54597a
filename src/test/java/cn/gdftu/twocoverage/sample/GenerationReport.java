package cn.gdftu.twocoverage.sample;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a run wrote: for each period, each city's real rows and the rows planted to be rejected. */
public final class GenerationReport {

	private final Map<YearMonth, List<MonthlyReturn.Result>> periods = new TreeMap<>();

	private List<PlantedChange> changes = List.of();

	void add(YearMonth period, MonthlyReturn.Result result) {
		this.periods.computeIfAbsent(period, (p) -> new ArrayList<>()).add(result);
	}

	void addPeriod(YearMonth period) {
		this.periods.computeIfAbsent(period, (p) -> new ArrayList<>());
	}

	void changes(List<PlantedChange> changes) {
		this.changes = List.copyOf(changes);
	}

	/** Every unusual change the report must list, by period, city, kind and subject. */
	public List<PlantedChange> changes() {
		return this.changes;
	}

	public List<YearMonth> periods() {
		return List.copyOf(this.periods.keySet());
	}

	/** The cities that sent a return in a period. */
	public int cities(YearMonth period) {
		return this.periods.get(period).size();
	}

	/** Real union rows (planted ones aside) of a period. */
	public long unions(YearMonth period) {
		return this.periods.get(period).stream().mapToLong(MonthlyReturn.Result::unions).sum();
	}

	/** Real contract rows (planted ones aside) of a period. */
	public long contractRows(YearMonth period) {
		return this.periods.get(period).stream().mapToLong(MonthlyReturn.Result::contractRows).sum();
	}

	/** Every planted row, by period, city, file and line. */
	public List<PlantedRow> planted() {
		List<PlantedRow> planted = new ArrayList<>();
		this.periods.values().forEach((results) -> results.forEach((result) -> planted.addAll(result.planted())));
		planted.sort(Comparator.comparing(PlantedRow::period)
			.thenComparing(PlantedRow::cityCode)
			.thenComparing(PlantedRow::file)
			.thenComparingInt(PlantedRow::line));
		return planted;
	}

	/** {@code period,city_code,file,line,reason}: what the job must reject, for checking its rejects. */
	public void writePlanted(Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("period,city_code,file,line,reason\n");
			for (PlantedRow row : planted()) {
				out.write(row.period() + "," + row.cityCode() + "," + row.file().fileName() + "," + row.line() + ","
						+ row.reason().name() + "\n");
			}
		}
	}

	/**
	 * {@code period,city_code,kind,subject,note}: what the report's changes section must list, for
	 * checking it (the notes have no comma, so no field is quoted).
	 */
	public void writePlantedChanges(Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("period,city_code,kind,subject,note\n");
			for (PlantedChange change : this.changes) {
				out.write(change.period() + "," + change.cityCode() + "," + change.kind().name() + "," + change.subject()
						+ "," + change.note() + "\n");
			}
		}
	}
}
