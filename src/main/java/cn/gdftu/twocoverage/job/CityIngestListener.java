package cn.gdftu.twocoverage.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gdftu.twocoverage.store.ReturnStore;

/**
 * Opens and closes one city's ingest. A city whose outcome is stored is done, whatever the step's
 * record says; otherwise what an interrupted attempt left is cleared, so the city is read again from
 * its first line. At the end the city's line is printed.
 */
class CityIngestListener implements StepExecutionListener {

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
		this.transaction.executeWithoutResult((status) -> {
			if (this.store.hasSubmission(this.city.load(), this.city.cityCode())) {
				this.city.alreadyDone();
			}
			else {
				this.store.forgetCity(this.city.load(), this.city.cityCode());
			}
		});
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (!stepExecution.getStatus().isUnsuccessful() && this.city.result() != null) {
			this.progress.ingested(this.city.period(), this.city.result().submission());
		}
		return null;
	}
}
