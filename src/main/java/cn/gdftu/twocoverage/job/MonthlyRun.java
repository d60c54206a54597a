package cn.gdftu.twocoverage.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import cn.gdftu.twocoverage.Failures;
import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.store.LoadStore;

/**
 * Runs the monthly job for each period to process. A period whose last run did not finish (killed,
 * failed) is restarted where it stopped; one whose input is unchanged since its last finished run is
 * up to date unless the period was named on the command line.
 */
@Component
public class MonthlyRun {

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job monthlyJob;

	private final LoadStore loads;

	private final Progress progress;

	MonthlyRun(JobOperator jobOperator, JobRepository jobRepository, @Qualifier("monthlyJob") Job monthlyJob, LoadStore loads,
			Progress progress) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.monthlyJob = monthlyJob;
		this.loads = loads;
		this.progress = progress;
	}

	/** Returns false when a period's job failed; the caller then exits non-zero. */
	public boolean run(List<Period> periods, boolean named, Path input, Path reports) throws Exception {
		boolean ok = true;
		for (Period period : periods) {
			Outcome outcome = runPeriod(period, named, input.resolve(period.toString()), reports);
			if (!outcome.completed()) {
				System.err.println("two-coverage: " + outcome.line());
			}
			ok &= outcome.completed();
		}
		return ok;
	}

	/** Runs one named period, always (the province page's 运行): as {@code --period} does. */
	Outcome runNamed(Period period, Path input, Path reports) throws Exception {
		return runPeriod(period, true, input.resolve(period.toString()), reports);
	}

	private Outcome runPeriod(Period period, boolean named, Path periodInput, Path reports) throws Exception {
		String digest = InputDigest.of(periodInput);
		long run = 0;
		JobExecution last = null;
		while (true) {
			JobInstance instance = this.jobRepository.getJobInstance(MonthlyJobConfiguration.JOB_NAME,
					parameters(period, digest, run, periodInput, reports));
			if (instance == null) {
				break;
			}
			last = this.jobRepository.getLastJobExecution(instance);
			if (last == null || last.getStatus() != BatchStatus.COMPLETED) {
				break;
			}
			run++;
		}
		JobExecution execution;
		if (last != null && last.getStatus() != BatchStatus.COMPLETED) {
			this.progress.step(period, "上次运行未完成（" + last.getStatus() + "），从中断处继续");
			if (last.getStatus().isRunning()) {
				// A process killed mid-run leaves its execution STARTED; nothing else runs it now.
				this.jobOperator.recover(last);
			}
			execution = this.jobOperator.restart(this.jobRepository.getJobExecution(last.getId()));
		}
		else if (!named && run > 0 && upToDate(period, digest, reports)) {
			this.progress.step(period, "输入未变化，已是最新（up to date）");
			return new Outcome(true, "[" + period + "] 输入未变化，已是最新（up to date）");
		}
		else {
			execution = this.jobOperator.start(this.monthlyJob, parameters(period, digest, run, periodInput, reports));
		}
		return finish(period, execution);
	}

	private boolean upToDate(Period period, String digest, Path reports) {
		return this.loads.publishedDigest(period).map(digest::equals).orElse(false)
				&& Files.isRegularFile(reports.resolve(period.toString()).resolve("coverage.csv"));
	}

	private Outcome finish(Period period, JobExecution execution) {
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
			return new Outcome(false, period + " 运行失败: "
					+ (cause == null ? execution.getExitStatus().getExitDescription() : rootMessage(cause)));
		}
		String summary = execution.getExecutionContext().getString(ReportTasklet.SUMMARY);
		this.progress.summary(summary);
		return new Outcome(true, summary);
	}

	/** How a period's run ended: its summary line, or the one line saying why it failed. */
	record Outcome(boolean completed, String line) {
	}

	static String rootMessage(Throwable failure) {
		Throwable root = Failures.root(failure);
		if (root instanceof RunFailure) {
			return root.getMessage();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	private static JobParameters parameters(Period period, String digest, long run, Path periodInput, Path reports) {
		return new JobParametersBuilder()
			.addString(JobKeys.PERIOD, period.toString())
			.addString(JobKeys.DIGEST, digest)
			.addLong(JobKeys.RUN, run)
			.addString(JobKeys.INPUT, periodInput.toAbsolutePath().toString(), false)
			.addString(JobKeys.REPORTS, reports.toAbsolutePath().toString(), false)
			.toJobParameters();
	}
}
