package cn.gdftu.twocoverage.job;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import org.jdbi.v3.core.Jdbi;

import cn.gdftu.twocoverage.report.ReportStore;
import cn.gdftu.twocoverage.store.Submission;

/** Runs the validate job on one city's folder and reads back what the province would make of it. */
@Component
public class CityValidation {

	private final JobOperator jobOperator;

	private final Job validateJob;

	private final ReportStore reports;

	CityValidation(JobOperator jobOperator, @Qualifier("validateJob") Job validateJob, Jdbi jdbi) {
		this.jobOperator = jobOperator;
		this.validateJob = validateJob;
		this.reports = jdbi.onDemand(ReportStore.class);
	}

	public Result validate(String cityCode, Path folder, String period) throws Exception {
		JobExecution execution = this.jobOperator.start(this.validateJob, new JobParametersBuilder()
			.addString(JobKeys.PERIOD, period)
			.addString(JobKeys.CITY, cityCode)
			.addString(JobKeys.INPUT, folder.toAbsolutePath().toString())
			.addString(JobKeys.DIGEST, InputDigest.of(folder))
			.toJobParameters());
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new IllegalStateException("validate job ended " + execution.getStatus() + ": "
					+ execution.getAllFailureExceptions());
		}
		long load = execution.getExecutionContext().getLong(JobKeys.LOAD);
		Submission submission = this.reports.submissions(load).get(0);
		return new Result(submission, this.reports.rejects(load, cityCode),
				this.reports.reasonCounts(load));
	}

	public record Result(Submission submission, List<ReportStore.Reject> rejects, List<ReportStore.ReasonCount> reasons) {
	}
}
