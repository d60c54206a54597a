package cn.gdftu.twocoverage.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import cn.gdftu.twocoverage.ingest.CityCheck;
import cn.gdftu.twocoverage.ingest.CityLine;
import cn.gdftu.twocoverage.ingest.ReturnKind;
import cn.gdftu.twocoverage.ingest.ReturnLine;
import cn.gdftu.twocoverage.ingest.ReturnReader;
import cn.gdftu.twocoverage.ingest.ReturnRejectedException;

/**
 * Streams a city's organizations.csv and then its contracts.csv, each line with the verdict of the
 * city's rules ({@code CityCheck}). Reading and checking run on a thread of their own, a bounded
 * queue ahead of the step, so that they overlap the chunk's database writes on the other core; the
 * rules still see every line once, in file order.
 * <p>
 * It keeps no restart position: a city interrupted half-way is read again from its first line (the
 * step's listener first clears what the interrupted attempt stored), because the contract rules
 * need every earlier row of the return.
 */
class CityReturnItemReader implements ItemStreamReader<CheckedLine> {

	/** Lines read ahead: two chunks, so the writer never waits on a full chunk's worth of parsing. */
	static final int READ_AHEAD = 2 * MonthlyJobConfiguration.CHUNK_SIZE;

	private static final CheckedLine END = new CheckedLine(null, null);

	private final CityIngest city;

	private final BlockingQueue<CheckedLine> queue = new ArrayBlockingQueue<>(READ_AHEAD);

	private Thread reading;

	private volatile RuntimeException failure;

	private volatile String rejection;

	private boolean ended;

	CityReturnItemReader(CityIngest city) {
		this.city = city;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		// The step-scoped city is resolved here, on the step's thread; the reading thread has no step.
		CityCheck check = this.city.check();
		Path organizations = this.city.file(ReturnKind.ORGANIZATIONS);
		Path contracts = this.city.file(ReturnKind.CONTRACTS);
		this.reading = new Thread(() -> readAll(check, organizations, contracts), "read-" + check.cityCode());
		this.reading.setDaemon(true);
		this.reading.start();
	}

	@Override
	public CheckedLine read() throws InterruptedException {
		if (this.ended) {
			return null;
		}
		CheckedLine next = this.queue.take();
		if (next == END) {
			this.ended = true;
			if (this.failure != null) {
				throw this.failure;
			}
			if (this.rejection != null) {
				this.city.reject(this.rejection);
			}
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

	private void readAll(CityCheck check, Path organizations, Path contracts) {
		try {
			try {
				if (readFile(check, ReturnKind.ORGANIZATIONS, organizations)) {
					readFile(check, ReturnKind.CONTRACTS, contracts);
				}
			}
			catch (IOException | RuntimeException ex) {
				this.failure = new ItemStreamException("cannot read the return of " + check.cityCode(), ex);
			}
			this.queue.put(END);
		}
		catch (InterruptedException ex) {
			// The step closed the reader before the end: nothing is waiting for the rest.
		}
	}

	/** Returns false when the file made the whole return unusable. */
	private boolean readFile(CityCheck check, ReturnKind kind, Path file) throws IOException, InterruptedException {
		try (ReturnReader reader = ReturnReader.open(file, kind)) {
			ReturnLine line;
			while ((line = reader.next()) != null) {
				CityLine cityLine = new CityLine(kind, line);
				this.queue.put(new CheckedLine(cityLine, check.check(cityLine)));
			}
			return true;
		}
		catch (ReturnRejectedException ex) {
			this.rejection = ex.getMessage();
			return false;
		}
	}
}
