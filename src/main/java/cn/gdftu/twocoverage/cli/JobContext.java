package cn.gdftu.twocoverage.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.gdftu.twocoverage.TwoCoverageApplication;
import cn.gdftu.twocoverage.job.Workspace;

/** The Spring context of a run, started on the database a command names. */
public final class JobContext {

	private JobContext() {
	}

	static ConfigurableApplicationContext start(Path database) {
		return start(database, Map.of());
	}

	public static ConfigurableApplicationContext start(Path database, Map<String, Object> properties) {
		Map<String, Object> all = new HashMap<>(properties);
		all.put("spring.datasource.url", Workspace.url(database));
		try {
			return new SpringApplicationBuilder(TwoCoverageApplication.class).properties(all).run();
		}
		catch (RuntimeException ex) {
			// Only the database makes the context fail to start on a good jar, unless the settings are bad.
			String what = causedBy(ex, SQLException.class) ? "数据库无法使用: " + database : "无法启动（配置有误）";
			throw new UnusableDatabaseException(what + "（" + rootMessage(ex) + "）");
		}
	}

	private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage();
	}

	static final class UnusableDatabaseException extends RuntimeException {

		UnusableDatabaseException(String message) {
			super(message);
		}
	}
}
