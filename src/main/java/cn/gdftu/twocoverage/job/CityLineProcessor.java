package cn.gdftu.twocoverage.job;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import cn.gdftu.twocoverage.ingest.LineOutcome;
import cn.gdftu.twocoverage.ingest.RowRejectedException;
import cn.gdftu.twocoverage.ingest.RowRejection;

/** Applies the rules' verdict on each line: a bad row is thrown out for the step's skip logic. */
class CityLineProcessor implements ItemProcessor<LineOutcome, LineOutcome> {

	@Override
	public LineOutcome process(LineOutcome outcome) {
		if (outcome instanceof RowRejection rejection) {
			throw new RowRejectedException(rejection);
		}
		return outcome;
	}
}
