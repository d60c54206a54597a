package cn.gdftu.twocoverage.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import cn.gdftu.twocoverage.ingest.CityCheck;
import cn.gdftu.twocoverage.ingest.CityReturn;
import cn.gdftu.twocoverage.ingest.CitySubmission;
import cn.gdftu.twocoverage.ingest.LineOutcome;
import cn.gdftu.twocoverage.ingest.ReturnSink;
import cn.gdftu.twocoverage.ingest.RowRejection;

/**
 * Streams the city check ({@code CityCheck}) on a city's return as {@link ReturnBatch}es, one per
 * transaction, the last carrying the check's verdict. The check (reading and the rules) runs on a
 * thread of its own, a bounded queue ahead of the step, so that it overlaps the database writes on the
 * other core; the rules still see every line once, in file order.
 * <p>
 * It keeps no restart position: a city interrupted half-way is read again from its first line (the
 * step's listener first clears what the interrupted attempt stored), because the contract rules need
 * every earlier row of the return. A city whose outcome is already stored reads as nothing.
 */
class CityReturnItemReader implements ItemStreamReader<ReturnBatch> {

	/** Batches read ahead: two, so the writer never waits on a full batch's worth of parsing. */
	private static final int READ_AHEAD = 2;

	/**
	 * Lines in a city's first batch. The writer waits while the check reads it; the check then reads
	 * each batch (twice the last, up to the batch size) while the writer writes the one before. At 1M
	 * unions, first batches of the full 20,000 lines kept the writer waiting 1.4 s in all, these 0.5 s.
	 */
	private static final int FIRST_BATCH = 1_000;

	private final CityIngest city;

	private final int firstBatch;

	private final int batchSize;

	private final BlockingQueue<ReturnBatch> queue = new ArrayBlockingQueue<>(READ_AHEAD);

	private Thread reading;

	private volatile RuntimeException failure;

	private boolean ended;

	CityReturnItemReader(CityIngest city, int batchSize) {
		this(city, FIRST_BATCH, batchSize);
	}

	CityReturnItemReader(CityIngest city, int firstBatch, int batchSize) {
		this.city = city;
		this.firstBatch = Math.min(firstBatch, batchSize);
		this.batchSize = batchSize;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		if (this.city.done()) {
			this.ended = true;
			return;
		}
		// The step-scoped city is resolved here, on the step's thread; the reading thread has no step.
		CityCheck check = this.city.check();
		String cityCode = this.city.cityCode();
		Path folder = this.city.folder();
		CityReturn.Ready surveyed = this.city.surveyed();
		this.reading = new Thread(() -> checkAll(check, cityCode, folder, surveyed), "read-" + cityCode);
		this.reading.setDaemon(true);
		this.reading.start();
	}

	@Override
	public ReturnBatch read() throws InterruptedException {
		if (this.ended) {
			return null;
		}
		ReturnBatch next = this.queue.take();
		if (next.verdict() != null || this.failure != null) {
			this.ended = true;
			if (this.failure != null) {
				throw this.failure;
			}
		}
		return next;
	}

	@Override
	public void close() {
		if (this.reading != null && this.reading.isAlive()) {
			this.reading.interrupt();
			try {
				this.reading.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void checkAll(CityCheck check, String cityCode, Path folder, CityReturn.Ready surveyed) {
		Batches batches = new Batches();
		try {
			try {
				CitySubmission verdict = (surveyed != null) ? check.check(cityCode, surveyed, batches)
						: check.check(cityCode, folder, batches);
				batches.current.end(verdict, batches.inconsistent);
			}
			catch (CancellationException ex) {
				return;
			}
			catch (RuntimeException | Error ex) {
				// Whatever ends the check, the step must see the end of the queue, or it waits for ever.
				this.failure = new ItemStreamException("cannot read the return of " + cityCode, ex);
			}
			this.queue.put(batches.current);
		}
		catch (InterruptedException ex) {
			// The step closed the reader before the end: nothing is waiting for the rest.
		}
	}

	/** Fills batches with the check's verdicts and queues each full one for the step. */
	private final class Batches implements ReturnSink {

		private ReturnBatch current = new ReturnBatch();

		private final List<String> inconsistent = new ArrayList<>();

		/** This batch's size: the first small, so that the writer starts soon, then doubling. */
		private int limit = CityReturnItemReader.this.firstBatch;

		@Override
		public void accept(LineOutcome outcome) {
			add(outcome);
		}

		/** The rows of an inconsistent contract come as rejections; its stored rows go with the last batch. */
		@Override
		public void inconsistent(String contractId, List<RowRejection> rejections) {
			this.inconsistent.add(contractId);
			rejections.forEach(this::add);
		}

		private void add(LineOutcome outcome) {
			this.current.add(outcome);
			if (this.current.size() == this.limit) {
				try {
					CityReturnItemReader.this.queue.put(this.current);
				}
				catch (InterruptedException ex) {
					// The step closed the reader: stop the check where it is.
					throw new CancellationException("city read interrupted");
				}
				this.current = new ReturnBatch();
				this.limit = Math.min(2 * this.limit, CityReturnItemReader.this.batchSize);
			}
		}
	}
}
