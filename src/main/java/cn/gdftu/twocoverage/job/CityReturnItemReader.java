package cn.gdftu.twocoverage.job;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import cn.gdftu.twocoverage.ingest.CityCheck;
import cn.gdftu.twocoverage.ingest.CitySubmission;
import cn.gdftu.twocoverage.ingest.LineOutcome;
import cn.gdftu.twocoverage.ingest.ReturnSink;
import cn.gdftu.twocoverage.ingest.RowRejection;

/**
 * Streams the verdicts of the city check ({@code CityCheck}) on a city's return. The check (reading
 * and the rules) runs on a thread of its own, a bounded queue ahead of the step, so that it overlaps
 * the chunk's database writes on the other core; the rules still see every line once, in file order.
 * <p>
 * It keeps no restart position: a city interrupted half-way is read again from its first line (the
 * step's listener first clears what the interrupted attempt stored), because the contract rules
 * need every earlier row of the return.
 */
class CityReturnItemReader implements ItemStreamReader<LineOutcome> {

	/** Lines read ahead: two chunks, so the writer never waits on a full chunk's worth of parsing. */
	static final int READ_AHEAD = 2 * MonthlyJobConfiguration.CHUNK_SIZE;

	/** The end of the queue: the check has returned (or failed). Never a real verdict. */
	private static final LineOutcome END = new RowRejection("", 0, "", "", null, "end", null);

	private final CityIngest city;

	private final BlockingQueue<LineOutcome> queue = new ArrayBlockingQueue<>(READ_AHEAD);

	private Thread reading;

	private volatile RuntimeException failure;

	/** What the check returned and the contracts it withdrew, handed to the step-scoped city at the end. */
	private volatile CitySubmission result;

	private final List<String> inconsistent = new CopyOnWriteArrayList<>();

	private boolean ended;

	CityReturnItemReader(CityIngest city) {
		this.city = city;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		// The step-scoped city is resolved here, on the step's thread; the reading thread has no step.
		CityCheck check = this.city.check();
		String cityCode = this.city.cityCode();
		Path folder = this.city.folder();
		this.reading = new Thread(() -> checkAll(check, cityCode, folder), "read-" + cityCode);
		this.reading.setDaemon(true);
		this.reading.start();
	}

	@Override
	public LineOutcome read() throws InterruptedException {
		if (this.ended) {
			return null;
		}
		LineOutcome next = this.queue.take();
		if (next == END) {
			this.ended = true;
			if (this.failure != null) {
				throw this.failure;
			}
			this.inconsistent.forEach(this.city::inconsistent);
			this.city.finished(this.result);
			return null;
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

	private void checkAll(CityCheck check, String cityCode, Path folder) {
		try {
			try {
				this.result = check.check(cityCode, folder, new QueueSink());
			}
			catch (CancellationException ex) {
				return;
			}
			catch (RuntimeException | Error ex) {
				// Whatever ends the check, the step must see the end of the queue, or it waits for ever.
				this.failure = new ItemStreamException("cannot read the return of " + cityCode, ex);
			}
			this.queue.put(END);
		}
		catch (InterruptedException ex) {
			// The step closed the reader before the end: nothing is waiting for the rest.
		}
	}

	/** Queues each verdict for the step; the rows of inconsistent contracts come as rejections. */
	private final class QueueSink implements ReturnSink {

		@Override
		public void accept(LineOutcome outcome) {
			put(outcome);
		}

		@Override
		public void inconsistent(String contractId, List<RowRejection> rejections) {
			CityReturnItemReader.this.inconsistent.add(contractId);
			rejections.forEach(this::put);
		}

		private void put(LineOutcome outcome) {
			try {
				CityReturnItemReader.this.queue.put(outcome);
			}
			catch (InterruptedException ex) {
				// The step closed the reader: stop the check where it is.
				throw new CancellationException("city read interrupted");
			}
		}
	}
}
