package cn.gdftu.twocoverage.job;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.gdftu.twocoverage.TwoCoverageApplication;

/** The folders and database a run works in: checked before the run, then the Spring context on them. */
public final class Workspace {

	private Workspace() {
	}

	/** Creates the reports folder and the database's folder; returns why they are unusable, or null. */
	public static String prepare(Path input, Path reports, Path database) {
		Path absoluteInput = input.toAbsolutePath().normalize();
		if (reports.toAbsolutePath().normalize().startsWith(absoluteInput)
				|| database.toAbsolutePath().normalize().startsWith(absoluteInput)) {
			return "报告和数据库不能写在输入文件夹内: " + input;
		}
		try {
			Files.createDirectories(reports);
			Path probe = Files.createTempFile(reports, ".probe", ".tmp");
			Files.delete(probe);
			Path parent = database.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			if (Files.exists(database) && !Files.isWritable(database)) {
				return "数据库文件不可写: " + database;
			}
			return null;
		}
		catch (IOException | SecurityException ex) {
			return "报告文件夹不可写: " + reports + "（" + ex.getMessage() + "）";
		}
	}

	/**
	 * Holds the database for this process: a run recovers an execution left STARTED only because no
	 * other run can be using the same database at the same time. Returns null when another has it.
	 */
	static DatabaseLock lock(Path database) throws IOException {
		Path lockFile = database.resolveSibling(database.getFileName() + ".lock");
		FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			return null;
		}
		return new DatabaseLock(channel);
	}

	/** The lock on a database's lock file; closing the channel releases it. */
	record DatabaseLock(FileChannel channel) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			this.channel.close();
		}
	}

	static ConfigurableApplicationContext start(Path database) {
		return start(database, Map.of());
	}

	static ConfigurableApplicationContext start(Path database, Map<String, Object> properties) {
		Map<String, Object> all = new java.util.HashMap<>(properties);
		all.put("spring.datasource.url", url(database));
		try {
			return new SpringApplicationBuilder(TwoCoverageApplication.class).properties(all).run();
		}
		catch (RuntimeException ex) {
			// Only the database makes the context fail to start on a good jar, unless the settings are bad.
			String what = causedBy(ex, SQLException.class) ? "数据库无法使用: " + database : "无法启动（配置有误）";
			throw new UnusableDatabaseException(what + "（" + rootMessage(ex) + "）");
		}
	}

	public static String url(Path database) {
		return "jdbc:sqlite:" + database.toAbsolutePath().normalize()
				+ "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=30000&cache_size=-65536&temp_store=MEMORY";
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
