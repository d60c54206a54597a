package cn.gdftu.twocoverage.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import cn.gdftu.twocoverage.ingest.CitySubmission;
import cn.gdftu.twocoverage.store.ReturnStore;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;

/**
 * Writes a city's batches as JDBI batches, each in its chunk's transaction. The last batch's
 * transaction also settles the city: the rows of inconsistent contracts go (or everything, when the
 * return is unusable) and the city's submission is stored — so the city's rows and its outcome become
 * visible together, before the step's completion is saved.
 */
class CityOutcomeWriter implements ItemWriter<ReturnBatch> {

	private final CityIngest city;

	private final ReturnStore store;

	CityOutcomeWriter(CityIngest city, ReturnStore store) {
		this.city = city;
		this.store = store;
	}

	@Override
	public void write(Chunk<? extends ReturnBatch> chunk) {
		for (ReturnBatch batch : chunk) {
			write(batch);
			if (batch.verdict() != null) {
				finish(batch);
			}
		}
	}

	private void write(ReturnBatch batch) {
		long load = this.city.load();
		String cityCode = this.city.cityCode();
		if (!batch.organizations().isEmpty()) {
			this.store.addOrganizations(load, cityCode, batch.organizations());
		}
		if (!batch.contracts().isEmpty()) {
			this.store.addContracts(load, cityCode, batch.contracts());
		}
		if (!batch.rejections().isEmpty()) {
			this.store.addRejects(load, cityCode, batch.rejections());
		}
		if (!batch.skipped().isEmpty()) {
			this.store.addSkippedLines(load, cityCode, batch.skipped());
		}
	}

	private void finish(ReturnBatch last) {
		long load = this.city.load();
		String cityCode = this.city.cityCode();
		CitySubmission verdict = last.verdict();
		Submission submission = verdict.submission();
		if (submission.status() != SubmissionStatus.SUBMITTED) {
			// Nothing of an unusable return counts, whatever was stored before the check gave up.
			this.store.forgetCity(load, cityCode);
		}
		else {
			for (String contractId : last.inconsistentContracts()) {
				this.store.deleteContract(load, cityCode, contractId);
			}
		}
		this.store.putSubmission(load, submission);
		this.city.finished(verdict);
	}
}
