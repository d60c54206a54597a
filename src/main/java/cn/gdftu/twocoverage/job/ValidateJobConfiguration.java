package cn.gdftu.twocoverage.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import cn.gdftu.twocoverage.store.LoadStore;
import cn.gdftu.twocoverage.store.ReturnStore;

/**
 * The self-check of one city's return: the monthly job's own ingest step after a one-city survey,
 * run against a throwaway database, so a city sees exactly what the province will reject.
 */
@Configuration(proxyBeanMethods = false)
class ValidateJobConfiguration {

	static final String JOB_NAME = "validateJob";

	@Bean
	Job validateJob(JobRepository jobRepository, Step citySurveyStep, Step ingestStep) {
		return new JobBuilder(JOB_NAME, jobRepository)
			.start(citySurveyStep)
			.next(ingestStep)
			.build();
	}

	@Bean
	Step citySurveyStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, LoadStore loads,
			ReturnStore returns, Progress progress) {
		return new StepBuilder("citySurvey", jobRepository)
			.tasklet(new CitySurveyTasklet(loads, returns, progress), transactionManager)
			.build();
	}
}
