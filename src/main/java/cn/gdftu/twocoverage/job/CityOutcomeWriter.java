package cn.gdftu.twocoverage.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import cn.gdftu.twocoverage.ingest.Contract;
import cn.gdftu.twocoverage.ingest.LineOutcome;
import cn.gdftu.twocoverage.ingest.Organization;
import cn.gdftu.twocoverage.ingest.SkippedLine;
import cn.gdftu.twocoverage.store.ReturnStore;

/** Writes a chunk's accepted rows and skipped lines as JDBI batches, in the chunk's transaction. */
class CityOutcomeWriter implements ItemWriter<LineOutcome> {

	private final CityIngest city;

	private final ReturnStore store;

	CityOutcomeWriter(CityIngest city, ReturnStore store) {
		this.city = city;
		this.store = store;
	}

	@Override
	public void write(Chunk<? extends LineOutcome> chunk) {
		List<Organization> organizations = new ArrayList<>();
		List<Contract> contracts = new ArrayList<>();
		List<SkippedLine> skipped = new ArrayList<>();
		for (LineOutcome outcome : chunk) {
			if (outcome instanceof Organization organization) {
				organizations.add(organization);
			}
			else if (outcome instanceof Contract contract) {
				contracts.add(contract);
			}
			else if (outcome instanceof SkippedLine line) {
				skipped.add(line);
			}
			else {
				throw new IllegalStateException("rejections are skipped, not written: " + outcome);
			}
		}
		long load = this.city.load();
		String cityCode = this.city.cityCode();
		if (!organizations.isEmpty()) {
			this.store.addOrganizations(load, cityCode, organizations);
		}
		if (!contracts.isEmpty()) {
			this.store.addContracts(load, cityCode, contracts);
		}
		if (!skipped.isEmpty()) {
			this.store.addSkippedLines(load, cityCode, skipped);
		}
	}
}
