package cn.gdftu.twocoverage.report;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A written index.html read back the way a test needs it: the cells marked {@code data-cov},
 * {@code data-needed}, {@code data-change} and {@code data-rank} (attribute value → the text of the
 * element), and every local reference (src, href, CSS url).
 */
record IndexPage(Path folder, String html) {

	private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"#][^\"]*)\"|url\\(\"([^\"]+)\"\\)");

	static IndexPage read(Path folder) throws IOException {
		return new IndexPage(folder, Files.readString(folder.resolve("index.html"), StandardCharsets.UTF_8));
	}

	/** Every element carrying the attribute, as (value, text) pairs in page order; a key may repeat. */
	List<Map.Entry<String, String>> marked(String attribute) {
		Pattern pattern = Pattern.compile(attribute + "=\"([^\"]+)\"[^>]*>([^<]*)<");
		List<Map.Entry<String, String>> cells = new ArrayList<>();
		Matcher m = pattern.matcher(this.html);
		while (m.find()) {
			cells.add(Map.entry(m.group(1), m.group(2)));
		}
		return cells;
	}

	/** The text of the element with this id. */
	String byId(String id) {
		Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(this.html);
		return m.find() ? m.group(1) : null;
	}

	/** Local files the page refers to (images, links, fonts), relative to its folder. */
	List<String> references() {
		List<String> refs = new ArrayList<>();
		Matcher m = REFERENCE.matcher(this.html);
		while (m.find()) {
			refs.add(m.group(1) != null ? m.group(1) : m.group(2));
		}
		return refs;
	}

	/** A CSV output of the folder (BOM or not), each row keyed by {@code key}. */
	static Map<String, Map<String, String>> csv(Path file, String... key) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		Map<String, Map<String, String>> rows = new LinkedHashMap<>();
		for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(text))) {
			Map<String, String> row = record.toMap();
			List<String> parts = new ArrayList<>();
			for (String k : key) {
				parts.add(row.get(k));
			}
			rows.put(String.join("/", parts), row);
		}
		return rows;
	}
}
