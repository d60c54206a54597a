package cn.gdftu.twocoverage.job;

import java.nio.file.Path;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.ingest.CityReturn;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionMessages;
import cn.gdftu.twocoverage.store.ReturnStore;

/**
 * Records what a city's folder is before its rows are read: missing and rejected cities get their
 * submission now; ready ones are left without one, for the ingest partitions, and their survey is handed
 * over to the ingest so it is not made twice.
 */
final class CitySurvey {

	private final ReturnStore store;

	private final Progress progress;

	private final ReadyReturns ready;

	CitySurvey(ReturnStore store, Progress progress, ReadyReturns ready) {
		this.store = store;
		this.progress = progress;
		this.ready = ready;
	}

	void survey(Period period, long load, String cityCode, Path folder) {
		this.store.forgetCity(load, cityCode);
		CityReturn.Survey survey = new CityReturn(cityCode, folder).survey();
		if (survey instanceof CityReturn.Missing missing) {
			this.store.putSubmission(load, Submission.missing(cityCode, missing.message()));
			this.progress.surveyed(period, cityCode, survey.status(), missing.message());
		}
		else if (survey instanceof CityReturn.Rejected rejected) {
			this.store.putSubmission(load, Submission.rejected(cityCode, SubmissionMessages.rejected(rejected.message())));
			this.progress.surveyed(period, cityCode, survey.status(), rejected.message());
		}
		else {
			this.ready.put(load, cityCode, (CityReturn.Ready) survey);
		}
	}

	/** Leaves the load in the job's context for the ingest partitions (the cities without an outcome). */
	void handOver(RunContext run) {
		run.context().putLong(JobKeys.LOAD, run.load());
	}
}
