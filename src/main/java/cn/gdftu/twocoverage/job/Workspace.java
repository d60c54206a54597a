package cn.gdftu.twocoverage.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.gdftu.twocoverage.TwoCoverageApplication;
import cn.gdftu.twocoverage.store.Database;
import cn.gdftu.twocoverage.store.Database.UnusableDatabaseException;

/** The folders and database a run works in: checked before the run, then the Spring context on them. */
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
	static Database.RunLock lock(Path database) {
		return Database.sqlite(database).tryLock();
	}

	static ConfigurableApplicationContext start(Path database) {
		return start(Database.sqlite(database), Map.of());
	}

	static ConfigurableApplicationContext start(Path database, Map<String, Object> properties) {
		return start(Database.sqlite(database), properties);
	}

	/** The Spring context of the job on {@code database}; a database that cannot be used is one line. */
	static ConfigurableApplicationContext start(Database database, Map<String, Object> properties) {
		try {
			return new SpringApplicationBuilder(TwoCoverageApplication.class).properties(properties)
				.run(database.springArguments(false));
		}
		catch (RuntimeException ex) {
			// Only the database makes the context fail to start on a good jar, unless the settings are bad.
			if (Database.isDatabaseFailure(ex)) {
				throw new UnusableDatabaseException(database.explain(ex));
			}
			throw new UnusableDatabaseException("无法启动（配置有误）（" + database.redact(rootMessage(ex)) + "）");
		}
	}

	public static String url(Path database) {
		return Database.sqlite(database).jdbcUrl();
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage();
	}
}
