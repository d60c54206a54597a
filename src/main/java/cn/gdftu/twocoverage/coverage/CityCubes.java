package cn.gdftu.twocoverage.coverage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.gdftu.twocoverage.Period;

/**
 * Each city's coverage cube (cube.sql), computed as soon as the city's return is stored: on a thread
 * and a connection of their own, beside the next city's ingest, so that publishing only sums cubes.
 * A cube computed ahead is the same query on the same committed rows as one computed at publish: a
 * city's rows do not change once its outcome is stored, and a city is stored once per job execution
 * (a restart is a new execution, whose publish computes what it did not store itself).
 * <p>
 * Off on PostgreSQL: its plans need the statistics taken just before publishing
 * ({@link CoverageStore#refreshStatistics}), which a load still being written does not have.
 */
public final class CityCubes implements AutoCloseable {

	private final CoverageStore store;

	/** One thread, so the cubes queue behind each other rather than beside the ingest's writer. */
	private final ExecutorService ahead;

	private final Map<Key, Future<List<CubeCell>>> cubes = new ConcurrentHashMap<>();

	private record Key(long execution, long load, String city) {
	}

	CityCubes(CoverageStore store, boolean ahead) {
		this.store = store;
		this.ahead = ahead ? Executors.newSingleThreadExecutor(CityCubes::thread) : null;
	}

	private static Thread thread(Runnable task) {
		Thread thread = new Thread(task, "coverage-cube");
		thread.setDaemon(true);
		return thread;
	}

	/** The city's return and outcome are committed in the load by the job execution: start its cube. */
	public void stored(long execution, long load, Period period, String city) {
		if (this.ahead != null) {
			this.cubes.put(new Key(execution, load, city),
					this.ahead.submit(() -> this.store.cube(load, period.referenceDate(), city)));
		}
	}

	/**
	 * The city's cube: the one the execution computed ahead, or, when it has none or that one failed,
	 * computed now on the caller's connection (in its transaction).
	 */
	List<CubeCell> take(long execution, long load, Period period, String city) {
		Future<List<CubeCell>> cube = this.cubes.remove(new Key(execution, load, city));
		if (cube != null) {
			try {
				return cube.get();
			}
			catch (ExecutionException ex) {
				// Computed again below, where a failure is the publish step's to report.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for the cube of " + city, ex);
			}
		}
		return this.store.cube(load, period.referenceDate(), city);
	}

	/** Drops whatever an execution left (one that failed before publishing). */
	void forgetAll() {
		this.cubes.values().forEach((cube) -> cube.cancel(false));
		this.cubes.clear();
	}

	@Override
	public void close() {
		if (this.ahead != null) {
			this.ahead.shutdownNow();
		}
	}
}
