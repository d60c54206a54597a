package cn.gdftu.twocoverage.cli;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.gdftu.twocoverage.Failures;
import cn.gdftu.twocoverage.TwoCoverageApplication;
import cn.gdftu.twocoverage.store.Database;
import cn.gdftu.twocoverage.store.Database.UnusableDatabaseException;

/** The Spring context of a run, started on the database a command names. */
public final class JobContext {

	private JobContext() {
	}

	static ConfigurableApplicationContext start(Database database) {
		return start(database, Map.of());
	}

	public static ConfigurableApplicationContext start(Path database, Map<String, Object> properties) {
		return start(Database.sqlite(database), properties);
	}

	/** The Spring context of the job on {@code database}; a database that cannot be used is one line. */
	public static ConfigurableApplicationContext start(Database database, Map<String, Object> properties) {
		try {
			return new SpringApplicationBuilder(TwoCoverageApplication.class).properties(properties)
				.run(database.springArguments(false));
		}
		catch (RuntimeException ex) {
			// Only the database makes the context fail to start on a good jar, unless the settings are bad.
			if (Database.isDatabaseFailure(ex)) {
				throw new UnusableDatabaseException(database.explain(ex));
			}
			throw new UnusableDatabaseException("无法启动（配置有误）（" + database.redact(Failures.rootMessage(ex)) + "）");
		}
	}
}
