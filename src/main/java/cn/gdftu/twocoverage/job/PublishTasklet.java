package cn.gdftu.twocoverage.job;

import java.util.List;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.coverage.CoverageCalculator;
import cn.gdftu.twocoverage.coverage.CoverageRow;
import cn.gdftu.twocoverage.coverage.CoverageStore;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.store.LoadStore;
import cn.gdftu.twocoverage.store.ReturnStore;

/**
 * Computes the period's coverage from its load and publishes both in the step's one transaction:
 * the stored figures and the period's pointer change together, and the replaced load goes. Nothing is
 * published unless every city has its one outcome.
 */
class PublishTasklet implements Tasklet {

	private final CoverageCalculator calculator;

	private final CoverageStore coverage;

	private final LoadStore loads;

	private final Progress progress;

	private final ReferenceData reference;

	private final ReturnStore returns;

	PublishTasklet(CoverageCalculator calculator, CoverageStore coverage, LoadStore loads, Progress progress,
			ReferenceData reference, ReturnStore returns) {
		this.reference = reference;
		this.returns = returns;
		this.calculator = calculator;
		this.coverage = coverage;
		this.loads = loads;
		this.progress = progress;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunContext run = RunContext.of(chunkContext);
		Period period = run.period();
		CityOutcomes.checkComplete(this.reference, this.returns.citiesWithOutcome(run.load()));
		List<CoverageRow> rows = this.calculator.compute(run.job().getId(), run.load(), period);
		this.coverage.replace(period, rows);
		this.loads.publish(period, run.load(), run.digest());
		this.progress.step(period, "覆盖率已计算并保存（" + rows.size() + " 行）");
		return RepeatStatus.FINISHED;
	}
}
