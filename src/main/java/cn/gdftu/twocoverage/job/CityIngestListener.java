package cn.gdftu.twocoverage.job;

import java.util.List;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gdftu.twocoverage.ingest.LineOutcome;
import cn.gdftu.twocoverage.ingest.RowRejectedException;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;
import cn.gdftu.twocoverage.store.ReturnStore;

/**
 * Opens and closes one city's ingest: clears what an interrupted attempt left, stores each skipped
 * (rejected) row inside its chunk's transaction, and at the end removes the stored rows of inconsistent
 * contracts and records the city's submission, in one transaction.
 */
class CityIngestListener implements StepExecutionListener, SkipListener<LineOutcome, LineOutcome> {

	private final CityIngest city;

	private final ReturnStore store;

	private final TransactionTemplate transaction;

	private final Progress progress;

	CityIngestListener(CityIngest city, ReturnStore store, TransactionTemplate transaction, Progress progress) {
		this.city = city;
		this.store = store;
		this.transaction = transaction;
		this.progress = progress;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.transaction.executeWithoutResult((status) -> this.store.forgetCity(this.city.load(), this.city.cityCode()));
	}

	@Override
	public void onSkipInProcess(LineOutcome line, Throwable failure) {
		if (failure instanceof RowRejectedException rejected) {
			this.store.addRejects(this.city.load(), this.city.cityCode(), List.of(rejected.rejection()));
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (!stepExecution.getStatus().isUnsuccessful()) {
			Submission submission = this.transaction.execute((status) -> finish());
			this.progress.ingested(this.city.period(), submission);
		}
		return null;
	}

	/** The rejections of inconsistent contracts came as skipped items; their accepted rows go now. */
	private Submission finish() {
		long load = this.city.load();
		String cityCode = this.city.cityCode();
		Submission submission = this.city.result().submission();
		if (submission.status() != SubmissionStatus.SUBMITTED) {
			// Nothing of an unusable return counts, whatever was stored before the check gave up.
			this.store.forgetCity(load, cityCode);
		}
		else {
			for (String contractId : this.city.inconsistentContracts()) {
				this.store.deleteContract(load, cityCode, contractId);
			}
		}
		this.store.putSubmission(load, submission);
		return submission;
	}
}
