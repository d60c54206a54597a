package cn.gdftu.twocoverage.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gdftu.twocoverage.ingest.CityReturn;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionMessages;
import cn.gdftu.twocoverage.store.ReturnStore;

/**
 * Records what a city's folder is before its rows are read: missing and rejected cities get their
 * submission now; ready ones are collected for the ingest partitions.
 */
final class CitySurvey {

	private final ReturnStore store;

	private final Progress progress;

	private final Map<String, Path> ready = new LinkedHashMap<>();

	CitySurvey(ReturnStore store, Progress progress) {
		this.store = store;
		this.progress = progress;
	}

	void survey(String period, long load, String cityCode, Path folder) {
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
			this.ready.put(cityCode, folder.toAbsolutePath());
		}
	}

	/** Leaves the load and the ready cities in the job's context for the ingest partitions. */
	void handOver(RunContext run) {
		run.context().putLong(JobKeys.LOAD, run.load());
		run.context().putString(JobKeys.CITIES, readyCities());
	}

	/** The ready cities as the partitioner reads them from the job's execution context. */
	private String readyCities() {
		return this.ready.entrySet().stream().map((e) -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining("\n"));
	}
}
