package cn.gdftu.twocoverage.job;

import java.nio.file.Path;


import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.coverage.CityCubes;
import cn.gdftu.twocoverage.coverage.CoverageCalculator;
import cn.gdftu.twocoverage.coverage.CoverageStore;
import cn.gdftu.twocoverage.ingest.CityCheck;
import cn.gdftu.twocoverage.ingest.WorkbookLimits;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.report.PeriodReport;
import cn.gdftu.twocoverage.store.LoadStore;
import cn.gdftu.twocoverage.store.ReturnStore;
import cn.gdftu.twocoverage.store.WalCheckpoint;

/**
 * The monthly job of one period: survey the cities' folders, read each ready city (one partition per
 * city; bad rows go to the rejects as data), check that every city has its outcome, compute and publish
 * the coverage, write the report.
 */
@Configuration(proxyBeanMethods = false)
class MonthlyJobConfiguration {

	static final String JOB_NAME = "monthlyJob";

	/**
	 * Lines of a return per transaction: large enough that commits and job-repository updates cost
	 * little, and that a city's index pages are written to the WAL a few times rather than at every
	 * commit (at 1M unions 20,000 took 1–1.5 s off the ingest against 5,000); the reader holds at most
	 * three batches, a few tens of MB. The property {@code two-coverage.rows-per-transaction} changes it (the crash tests make a
	 * small city span several transactions).
	 */
	static final int ROWS_PER_TRANSACTION = 20_000;

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
			ReturnStore returns, ReferenceData reference, Progress progress, ReadyReturns readyReturns) {
		return new StepBuilder("survey", jobRepository)
			.tasklet(new PeriodSurveyTasklet(loads, returns, reference, progress, readyReturns), transactionManager)
			.build();
	}

	/**
	 * Runs again on every restart, even after it completed: it partitions only the cities without an
	 * outcome, so a city is read again exactly when its outcome is not stored.
	 */
	@Bean
	Step ingestStep(JobRepository jobRepository, Step ingestCityStep, CityPartitioner cityPartitioner) {
		return new StepBuilder("ingest", jobRepository)
			.partitioner("ingestCity", cityPartitioner)
			.step(ingestCityStep)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	@JobScope
	CityPartitioner cityPartitioner(ReferenceData reference, ReturnStore returns,
			@Value("#{jobExecutionContext['" + JobKeys.LOAD + "']}") Long load,
			@Value("#{jobParameters['" + JobKeys.INPUT + "']}") String input) {
		return new CityPartitioner(reference, returns, load, Path.of(input));
	}

	/**
	 * One transaction per batch of a city's return; the last batch carries the city's outcome. A city's
	 * step may start again after it completed (the partitioner decides from the stored outcomes).
	 */
	@Bean
	Step ingestCityStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CityReturnItemReader cityReader, CityOutcomeWriter cityWriter, CityIngestListener cityListener,
			IngestHalt ingestHalt) {
		return new StepBuilder("ingestCity", jobRepository)
			.<ReturnBatch, ReturnBatch>chunk(1)
			.transactionManager(transactionManager)
			.reader(cityReader)
			.writer(cityWriter)
			.listener(cityListener)
			.listener((StepExecutionListener) ingestHalt)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	@StepScope
	CityIngest cityIngest(@Value("#{jobParameters['" + JobKeys.PERIOD + "']}") String period,
			@Value("#{jobExecutionContext['" + JobKeys.LOAD + "']}") Long load,
			@Value("#{stepExecutionContext['" + JobKeys.CITY + "']}") String city,
			@Value("#{stepExecutionContext['" + JobKeys.FOLDER + "']}") String folder, CityCheck cityCheck,
			ReadyReturns readyReturns) {
		return new CityIngest(Period.parse(period), load, city, Path.of(folder), cityCheck, readyReturns.take(load, city));
	}

	@Bean
	ReadyReturns readyReturns() {
		return new ReadyReturns();
	}

	@Bean
	CityCheck cityCheck(ReferenceData reference, @Value("${two-coverage.upload.max-unpacked}") DataSize maxUnpacked,
			@Value("${two-coverage.upload.max-cell-length}") int maxCellLength) {
		return new CityCheck(reference, new WorkbookLimits(maxUnpacked.toBytes(), maxCellLength));
	}

	@Bean
	@StepScope
	CityReturnItemReader cityReader(CityIngest cityIngest,
			@Value("${two-coverage.rows-per-transaction:" + ROWS_PER_TRANSACTION + "}") int rowsPerTransaction) {
		return new CityReturnItemReader(cityIngest, rowsPerTransaction);
	}

	@Bean
	@StepScope
	CityOutcomeWriter cityWriter(CityIngest cityIngest, ReturnStore returns) {
		return new CityOutcomeWriter(cityIngest, returns);
	}

	@Bean
	@StepScope
	CityIngestListener cityListener(CityIngest cityIngest, ReturnStore returns,
			PlatformTransactionManager transactionManager, Progress progress, CityCubes cubes) {
		return new CityIngestListener(cityIngest, returns, new TransactionTemplate(transactionManager), progress,
				cubes);
	}

	@Bean
	@StepScope
	IngestHalt ingestHalt(@Value("${" + IngestHalt.PROPERTY + ":}") String setting,
			@Value("#{stepExecutionContext['" + JobKeys.CITY + "']}") String city) {
		return new IngestHalt(setting, city);
	}

	@Bean
	Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CoverageCalculator calculator, CoverageStore coverage, LoadStore loads, Progress progress,
			ReferenceData reference, ReturnStore returns) {
		return new StepBuilder("publish", jobRepository)
			.tasklet(new PublishTasklet(calculator, coverage, loads, progress, reference, returns), transactionManager)
			.build();
	}

	@Bean
	Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, PeriodReport report,
			Progress progress, WalCheckpoint checkpoint) {
		return new StepBuilder("report", jobRepository)
			.tasklet(new ReportTasklet(report, progress), transactionManager)
			.listener(new StepExecutionListener() {

				@Override
				public void beforeStep(StepExecution stepExecution) {
					// What the ingest and publish wrote is copied into the file while the report is written.
					checkpoint.start();
				}

				@Override
				public ExitStatus afterStep(StepExecution stepExecution) {
					checkpoint.await();
					return null;
				}
			})
			.build();
	}

	@Bean
	Progress progress(ReferenceData reference, @Value("${two-coverage.progress:true}") boolean printed) {
		return printed ? new Progress(System.out, reference) : Progress.quiet(reference);
	}
}
