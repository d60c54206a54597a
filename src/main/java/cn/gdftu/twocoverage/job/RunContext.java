package cn.gdftu.twocoverage.job;

import java.nio.file.Path;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import cn.gdftu.twocoverage.Period;

/** What a tasklet of the period's job reads from its job: parameters and the job's execution context. */
record RunContext(JobExecution job) {

	static RunContext of(ChunkContext chunkContext) {
		return new RunContext(chunkContext.getStepContext().getStepExecution().getJobExecution());
	}

	Period period() {
		return Period.parse(this.job.getJobParameters().getString(JobKeys.PERIOD));
	}

	String digest() {
		return this.job.getJobParameters().getString(JobKeys.DIGEST);
	}

	Path input() {
		return Path.of(this.job.getJobParameters().getString(JobKeys.INPUT));
	}

	Path reports() {
		return Path.of(this.job.getJobParameters().getString(JobKeys.REPORTS));
	}

	/** The run's load: the job instance's id, so a restarted execution writes the same load. */
	long load() {
		return this.job.getJobInstance().getId();
	}

	ExecutionContext context() {
		return this.job.getExecutionContext();
	}
}
