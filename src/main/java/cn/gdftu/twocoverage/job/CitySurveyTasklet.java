package cn.gdftu.twocoverage.job;

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
		RunContext run = RunContext.of(chunkContext);
		this.loads.open(run.load(), run.period(), run.digest());
		CitySurvey survey = new CitySurvey(this.returns, this.progress);
		survey.survey(run.period(), run.load(), run.city(), run.input());
		survey.handOver(run);
		return RepeatStatus.FINISHED;
	}
}
