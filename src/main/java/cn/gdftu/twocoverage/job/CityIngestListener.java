package cn.gdftu.twocoverage.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gdftu.twocoverage.coverage.CityCubes;
import cn.gdftu.twocoverage.store.ReturnStore;

/**
 * Opens and closes one city's ingest. A city whose outcome is stored is done, whatever the step's
 * record says; otherwise what an interrupted attempt left is cleared, so the city is read again from
 * its first line. At the end the city's line is printed and, once it is stored, its coverage cube
 * started ({@link CityCubes}).
 */
class CityIngestListener implements StepExecutionListener {

	private final CityIngest city;

	private final ReturnStore store;

	private final TransactionTemplate transaction;

	private final Progress progress;

	private final CityCubes cubes;

	CityIngestListener(CityIngest city, ReturnStore store, TransactionTemplate transaction, Progress progress,
			CityCubes cubes) {
		this.city = city;
		this.cubes = cubes;
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
			this.cubes.stored(stepExecution.getJobExecutionId(), this.city.load(), this.city.period(),
					this.city.cityCode());
			this.progress.ingested(this.city.period(), this.city.result().submission());
		}
		return null;
	}
}
