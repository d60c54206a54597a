package cn.gdftu.twocoverage.job;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the job's CSV outputs in tests (with or without a BOM), keyed as the conformance README says. */
public final class Csv {

	private Csv() {
	}

	public static List<Map<String, String>> rows(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		try (Reader reader = new java.io.StringReader(text)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords()
				.stream().map(CSVRecord::toMap).toList();
		}
	}

	public static Map<String, Map<String, String>> byKey(Path file, Function<Map<String, String>, String> key)
			throws IOException {
		Map<String, Map<String, String>> rows = new LinkedHashMap<>();
		for (Map<String, String> row : rows(file)) {
			rows.put(key.apply(row), row);
		}
		return rows;
	}

	public static String header(Path file) throws IOException {
		String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
		return first.startsWith("\uFEFF") ? first.substring(1) : first;
	}
}
