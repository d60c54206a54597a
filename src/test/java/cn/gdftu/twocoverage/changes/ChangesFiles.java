package cn.gdftu.twocoverage.changes;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteDataSource;

import cn.gdftu.twocoverage.store.Stores;

/** Reading what a run wrote, for the changes tests. */
final class ChangesFiles {

	private ChangesFiles() {
	}

	/** A CSV file's lines as written, header first. */
	static List<String> lines(Path file) throws IOException {
		return Files.readAllLines(file, StandardCharsets.UTF_8);
	}

	static List<Map<String, String>> rows(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(reader)) {
				rows.add(record.toMap());
			}
			return rows;
		}
	}

	/** The job's database after a run, as the job opens it. */
	static Jdbi database(Path db) {
		SQLiteDataSource dataSource = new SQLiteDataSource();
		dataSource.setUrl("jdbc:sqlite:" + db);
		return Stores.jdbi((DataSource) dataSource);
	}

	static long publishedLoad(Jdbi jdbi, String period) {
		return jdbi.withHandle((h) -> h.createQuery("SELECT load_id FROM period_state WHERE period = :p")
			.bind("p", period)
			.mapTo(Long.class)
			.one());
	}
}
