package cn.gdftu.twocoverage.job;

import java.nio.file.Path;


import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gdftu.twocoverage.coverage.CoverageCalculator;
import cn.gdftu.twocoverage.coverage.CoverageStore;
import cn.gdftu.twocoverage.ingest.CityCheck;
import cn.gdftu.twocoverage.ingest.LineOutcome;
import cn.gdftu.twocoverage.ingest.RowRejectedException;
import cn.gdftu.twocoverage.ingest.WorkbookLimits;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.report.PeriodReport;
import cn.gdftu.twocoverage.store.LoadStore;
import cn.gdftu.twocoverage.store.ReturnStore;

/**
 * The monthly job of one period: survey the cities' folders, read each ready city (one partition per
 * city, bad rows skipped into the rejects), compute and publish the coverage, write the report.
 */
@Configuration(proxyBeanMethods = false)
class MonthlyJobConfiguration {

	static final String JOB_NAME = "monthlyJob";

	/** Rows per transaction: large enough that commits and job-repository updates cost little. */
	static final int CHUNK_SIZE = 5000;

	@Bean
	Job monthlyJob(JobRepository jobRepository, Step surveyStep, Step ingestStep, Step publishStep, Step reportStep) {
		return new JobBuilder(JOB_NAME, jobRepository)
			.start(surveyStep)
			.next(ingestStep)
			.next(publishStep)
			.next(reportStep)
			.build();
	}

	@Bean
	Step surveyStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, LoadStore loads,
			ReturnStore returns, ReferenceData reference, Progress progress) {
		return new StepBuilder("survey", jobRepository)
			.tasklet(new PeriodSurveyTasklet(loads, returns, reference, progress), transactionManager)
			.build();
	}

	@Bean
	Step ingestStep(JobRepository jobRepository, Step ingestCityStep, CityPartitioner cityPartitioner) {
		return new StepBuilder("ingest", jobRepository)
			.partitioner("ingestCity", cityPartitioner)
			.step(ingestCityStep)
			.build();
	}

	@Bean
	@JobScope
	CityPartitioner cityPartitioner(@Value("#{jobExecutionContext['" + JobKeys.CITIES + "']}") String readyCities) {
		return new CityPartitioner(readyCities);
	}

	@Bean
	Step ingestCityStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CityReturnItemReader cityReader, CityLineProcessor cityProcessor, CityOutcomeWriter cityWriter,
			CityIngestListener cityListener) {
		return new StepBuilder("ingestCity", jobRepository)
			.<LineOutcome, LineOutcome>chunk(CHUNK_SIZE)
			.transactionManager(transactionManager)
			.reader(cityReader)
			.processor(cityProcessor)
			.writer(cityWriter)
			.faultTolerant()
			.skip(RowRejectedException.class)
			.skipLimit(Long.MAX_VALUE)
			.skipListener(cityListener)
			.listener(cityListener)
			.build();
	}

	@Bean
	@StepScope
	CityIngest cityIngest(@Value("#{jobParameters['" + JobKeys.PERIOD + "']}") String period,
			@Value("#{jobExecutionContext['" + JobKeys.LOAD + "']}") Long load,
			@Value("#{stepExecutionContext['" + JobKeys.CITY + "']}") String city,
			@Value("#{stepExecutionContext['" + JobKeys.FOLDER + "']}") String folder, CityCheck cityCheck) {
		return new CityIngest(period, load, city, Path.of(folder), cityCheck);
	}

	@Bean
	CityCheck cityCheck(ReferenceData reference, @Value("${two-coverage.upload.max-unpacked}") DataSize maxUnpacked,
			@Value("${two-coverage.upload.max-cell-length}") int maxCellLength) {
		return new CityCheck(reference, new WorkbookLimits(maxUnpacked.toBytes(), maxCellLength));
	}

	@Bean
	@StepScope
	CityReturnItemReader cityReader(CityIngest cityIngest) {
		return new CityReturnItemReader(cityIngest);
	}

	@Bean
	@StepScope
	CityLineProcessor cityProcessor() {
		return new CityLineProcessor();
	}

	@Bean
	@StepScope
	CityOutcomeWriter cityWriter(CityIngest cityIngest, ReturnStore returns) {
		return new CityOutcomeWriter(cityIngest, returns);
	}

	@Bean
	@StepScope
	CityIngestListener cityListener(CityIngest cityIngest, ReturnStore returns,
			PlatformTransactionManager transactionManager, Progress progress) {
		return new CityIngestListener(cityIngest, returns, new TransactionTemplate(transactionManager), progress);
	}

	@Bean
	Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CoverageCalculator calculator, CoverageStore coverage, LoadStore loads, Progress progress) {
		return new StepBuilder("publish", jobRepository)
			.tasklet(new PublishTasklet(calculator, coverage, loads, progress), transactionManager)
			.build();
	}

	@Bean
	Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, PeriodReport report,
			Progress progress) {
		return new StepBuilder("report", jobRepository)
			.tasklet(new ReportTasklet(report, progress), transactionManager)
			.build();
	}

	@Bean
	Progress progress(ReferenceData reference, @Value("${two-coverage.progress:true}") boolean printed) {
		return printed ? new Progress(System.out, reference) : Progress.quiet(reference);
	}
}
