package cn.gdftu.twocoverage.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.gdftu.twocoverage.store.Database;

/** The folders and database a run works in, checked before the run; the command line starts Spring on them. */
public final class Workspace {

	private Workspace() {
	}

	/** Creates the reports folder and the database's folder; returns why they are unusable, or null. */
	public static String prepare(Path input, Path reports, Path database) {
		return prepare(input, reports, Database.sqlite(database));
	}

	/** Creates the reports folder (and a SQLite file's folder); returns why they are unusable, or null. */
	public static String prepare(Path input, Path reports, Database database) {
		Path absoluteInput = input.toAbsolutePath().normalize();
		if (reports.toAbsolutePath().normalize().startsWith(absoluteInput)) {
			return "报告和数据库不能写在输入文件夹内: " + input;
		}
		try {
			Files.createDirectories(reports);
			Path probe = Files.createTempFile(reports, ".probe", ".tmp");
			Files.delete(probe);
		}
		catch (IOException | SecurityException ex) {
			return "报告文件夹不可写: " + reports + "（" + ex.getMessage() + "）";
		}
		return database.prepare(input);
	}

	/**
	 * Holds the database for this process: a run recovers an execution left STARTED only because no
	 * other run can be using the same database at the same time. Returns null when another has it.
	 */
	public static Database.RunLock lock(Path database) {
		return Database.sqlite(database).tryLock();
	}

	public static String url(Path database) {
		return Database.sqlite(database).jdbcUrl();
	}
}
