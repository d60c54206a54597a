package cn.gdftu.twocoverage.job;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folders and database a run works in, checked before the run; the command line starts Spring on them. */
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
	public static DatabaseLock lock(Path database) throws IOException {
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
	public record DatabaseLock(FileChannel channel) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			this.channel.close();
		}
	}

	public static String url(Path database) {
		return "jdbc:sqlite:" + database.toAbsolutePath().normalize()
				+ "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=30000&cache_size=-65536&temp_store=MEMORY";
	}
}
