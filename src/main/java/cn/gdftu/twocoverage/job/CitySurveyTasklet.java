package cn.gdftu.twocoverage.job;

import java.nio.file.Path;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import cn.gdftu.twocoverage.store.LoadStore;
import cn.gdftu.twocoverage.store.ReturnStore;

/** The validate job's first step: one city's folder, wherever it is, surveyed as the monthly job does. */
class CitySurveyTasklet implements Tasklet {

	private final LoadStore loads;

	private final ReturnStore returns;

	private final Progress progress;

	CitySurveyTasklet(LoadStore loads, ReturnStore returns, Progress progress) {
		this.loads = loads;
		this.returns = returns;
		this.progress = progress;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
		JobParameters parameters = job.getJobParameters();
		String period = parameters.getString(JobKeys.PERIOD);
		long load = job.getJobInstance().getId();
		this.loads.open(load, period, parameters.getString(JobKeys.DIGEST));
		CitySurvey survey = new CitySurvey(this.returns, this.progress);
		survey.survey(period, load, parameters.getString(JobKeys.CITY), Path.of(parameters.getString(JobKeys.INPUT)));
		job.getExecutionContext().putLong(JobKeys.LOAD, load);
		job.getExecutionContext().putString(JobKeys.CITIES, survey.readyCities());
		return RepeatStatus.FINISHED;
	}
}
