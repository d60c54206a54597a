package cn.gdftu.twocoverage.job;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import cn.gdftu.twocoverage.report.PeriodReport;
import cn.gdftu.twocoverage.report.PeriodSummary;

/** Writes the period's report folder from what was published; safe to run again after a crash. */
class ReportTasklet implements Tasklet {

	static final String SUMMARY = "summary";

	private final PeriodReport report;

	private final Progress progress;

	ReportTasklet(PeriodReport report, Progress progress) {
		this.report = report;
		this.progress = progress;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunContext run = RunContext.of(chunkContext);
		PeriodSummary summary = this.report.write(run.period(), run.load(), run.reports());
		run.context().putString(SUMMARY, summary.line());
		this.progress.step(run.period(), "报告已写入 " + summary.index().getParent());
		if (summary.fontWarning() != null) {
			this.progress.step(run.period(), summary.fontWarning());
		}
		return RepeatStatus.FINISHED;
	}
}
