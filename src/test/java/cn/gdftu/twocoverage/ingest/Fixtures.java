package cn.gdftu.twocoverage.ingest;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Small return files and rows for the ingest tests. */
final class Fixtures {

	static final String ORGANIZATIONS_HEADER = ReturnFiles.ORGANIZATIONS.strip();

	static final String CONTRACTS_HEADER = ReturnFiles.CONTRACTS.strip();

	/** Valid GB 32100 codes (check characters worked out by hand) of Guangzhou, Dongguan and Zhongshan. */
	static final String GZ1 = "91440106000000010U";

	static final String GZ2 = "91440106000000020W";

	static final String GZ3 = "91440106000000030X";

	static final String GZ4 = "91440106000000040Y";

	static final String GZ5 = "914401060000000500";

	static final String GZ6 = "914401060000000601";

	static final String GZ7 = "914401060000000702";

	static final String GZ8 = "914401060000000803";

	static final String GZ9 = "914401060000000904";

	static final String GZ10 = "91440106000000100G";

	static final String GZ11 = "91440106000000110H";

	static final String GZ12 = "91440106000000120J";

	static final String DG1 = "91441900000000010T";

	static final String ZS1 = "91442000000000010Q";

	private Fixtures() {
	}

	static Path write(Path file, String text, Charset charset) throws IOException {
		Files.createDirectories(file.getParent());
		Files.write(file, text.getBytes(charset));
		return file;
	}

	/** A text block turned into a CRLF file, the way Excel on Windows saves it. */
	static String crlf(String text) {
		return text.replace("\n", "\r\n");
	}

	/** Every line a reader yields, to the end of the file. */
	static List<ReturnLine> readAll(Path file, ReturnKind kind) throws IOException, ReturnRejectedException {
		return readAll(new CsvSource(kind, file));
	}

	/** Every line a source yields, to the end of its table. */
	static List<ReturnLine> readAll(ReturnSource source) throws IOException, ReturnRejectedException {
		List<ReturnLine> lines = new ArrayList<>();
		try (ReturnReader reader = source.open()) {
			ReturnLine line;
			while ((line = reader.next()) != null) {
				lines.add(line);
			}
		}
		return lines;
	}

	static List<ReturnRow> rows(List<ReturnLine> lines) {
		return lines.stream().filter(ReturnRow.class::isInstance).map(ReturnRow.class::cast).toList();
	}

	static List<SkippedLine> skipped(List<ReturnLine> lines) {
		return lines.stream().filter(SkippedLine.class::isInstance).map(SkippedLine.class::cast).toList();
	}

	/** A good Guangzhou (440100) organizations row: change one column to break one rule. */
	static Map<Column, String> organization(String employerId) {
		Map<Column, String> values = new EnumMap<>(Column.class);
		values.put(Column.EMPLOYER_ID, employerId);
		values.put(Column.EMPLOYER_NAME, "广州甲电子有限公司");
		values.put(Column.COUNTY_CODE, "440106");
		values.put(Column.INDUSTRY, "C");
		values.put(Column.OWNERSHIP, "私营");
		values.put(Column.EMPLOYEES, "100");
		values.put(Column.WOMEN_EMPLOYEES, "40");
		values.put(Column.WOMEN_MEMBERS, "30");
		values.put(Column.WOMEN_ORG, "女职工委员会");
		return values;
	}

	/** A good contracts row: change one column to break one rule. */
	static Map<Column, String> contract(String contractId, String scope, String employerId) {
		Map<Column, String> values = new EnumMap<>(Column.class);
		values.put(Column.CONTRACT_ID, contractId);
		values.put(Column.SCOPE, scope);
		values.put(Column.EMPLOYER_ID, employerId);
		values.put(Column.EFFECTIVE_FROM, "2024-01-01");
		values.put(Column.EXPIRES_ON, "2026-12-31");
		return values;
	}

	static Map<Column, String> with(Map<Column, String> values, Column column, String value) {
		Map<Column, String> changed = new EnumMap<>(values);
		changed.put(column, value);
		return changed;
	}

	static Path resource(String name) {
		URL url = Fixtures.class.getResource(name);
		if (url == null) {
			throw new IllegalStateException("no test resource " + name);
		}
		try {
			return Path.of(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
