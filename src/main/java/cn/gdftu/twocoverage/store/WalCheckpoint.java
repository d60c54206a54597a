package cn.gdftu.twocoverage.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javax.sql.DataSource;

/**
 * Copies the job's SQLite WAL into the database file while the report is written, on a pooled
 * connection of its own. The job's connections never checkpoint during the run (see
 * {@link Database#springProperties}); without this, closing them copied the whole load's pages into
 * the file and synced it after the job had ended, with nothing else left to do (about 0.8 s at 1M
 * unions). A PASSIVE checkpoint waits for no reader or writer; what the report writes after it is
 * copied at close. Failing is harmless: the close checkpoints then, as before. Off on PostgreSQL, and
 * unless the pool has a connection to spare beside the report's two.
 */
public final class WalCheckpoint {

	private static final Executor THREAD = (task) -> {
		Thread thread = new Thread(task, "wal-checkpoint");
		thread.setDaemon(true);
		thread.start();
	};

	private final DataSource dataSource;

	private final boolean on;

	private volatile CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

	WalCheckpoint(DataSource dataSource, boolean on) {
		this.dataSource = dataSource;
		this.on = on;
	}

	/** Starts copying what is committed so far. */
	public void start() {
		if (this.on) {
			this.running = CompletableFuture.runAsync(this::checkpoint, THREAD);
		}
	}

	/** Waits until the copy started last is done (or has failed). */
	public void await() {
		this.running.join();
	}

	private void checkpoint() {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
		}
		catch (SQLException ex) {
			// The connections' close checkpoints instead.
		}
	}
}
