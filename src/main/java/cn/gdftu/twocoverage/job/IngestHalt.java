package cn.gdftu.twocoverage.job;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A test's switch, off unless the property {@value #PROPERTY} is {@code CITY:N}: stops the JVM dead
 * ({@link Runtime#halt}, as {@code kill -9} would) at the N-th transaction boundary of that city's ingest,
 * so a test can restart after each boundary in turn. The boundaries, in order: the city opened (what an
 * earlier attempt left is cleared and committed); before and after each chunk's commit (a chunk is one
 * batch of the return; the last one also carries the city's outcome); the step's completion saved,
 * before the next city. Nothing here depends on the database, so the same test runs
 * on any {@code --db}.
 */
class IngestHalt implements StepExecutionListener, ChunkListener<Object, Object> {

	static final String PROPERTY = "two-coverage.halt-at";

	/** The exit code of a halted JVM, so the test knows the boundary was reached. */
	static final int EXIT_CODE = 86;

	/** Boundaries passed so far in this JVM, shared by the city's step-scoped listeners. */
	private static final AtomicInteger PASSED = new AtomicInteger();

	private final String city;

	private final int at;

	private int chunk;

	/** {@code setting} is the property's value: empty (off) or {@code CITY:N}. */
	IngestHalt(String setting, String city) {
		int separator = setting.indexOf(':');
		boolean on = separator > 0 && setting.substring(0, separator).equals(city);
		this.city = city;
		this.at = on ? Integer.parseInt(setting.substring(separator + 1)) : 0;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		pass("opened");
	}

	@Override
	public void beforeChunk(Chunk<Object> items) {
		if (this.at == 0) {
			return;
		}
		int number = ++this.chunk;
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void beforeCommit(boolean readOnly) {
				pass("chunk " + number + " before commit");
			}

			@Override
			public void afterCommit() {
				pass("chunk " + number + " committed");
			}
		});
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		pass("step completed");
		return null;
	}

	private void pass(String boundary) {
		if (this.at != 0 && PASSED.incrementAndGet() == this.at) {
			System.err.println("two-coverage: halted at boundary " + this.at + " of " + this.city + " (" + boundary + ")");
			System.err.flush();
			Runtime.getRuntime().halt(EXIT_CODE);
		}
	}
}
