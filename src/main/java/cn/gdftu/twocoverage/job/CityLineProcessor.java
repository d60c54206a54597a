package cn.gdftu.twocoverage.job;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import cn.gdftu.twocoverage.ingest.CityLine;
import cn.gdftu.twocoverage.ingest.LineOutcome;
import cn.gdftu.twocoverage.ingest.RowRejectedException;
import cn.gdftu.twocoverage.ingest.RowRejection;

/** Applies the city's rules to each line; a bad row is thrown out for the step's skip logic. */
class CityLineProcessor implements ItemProcessor<CityLine, LineOutcome> {

	private final CityIngest city;

	CityLineProcessor(CityIngest city) {
		this.city = city;
	}

	@Override
	public LineOutcome process(CityLine line) {
		LineOutcome outcome = this.city.check().check(line);
		if (outcome instanceof RowRejection rejection) {
			throw new RowRejectedException(rejection);
		}
		return outcome;
	}
}
