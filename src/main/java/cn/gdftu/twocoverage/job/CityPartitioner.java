package cn.gdftu.twocoverage.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.store.ReturnStore;

/**
 * One partition per city still without an outcome in the load, named by the city's code. The survey
 * stored the outcome of every missing or rejected folder, so these are the cities to read; on a restart
 * they are the cities not yet done — a city counts as done by its stored outcome, not by its step's
 * record, so a city whose step completed without an outcome is read again.
 */
class CityPartitioner implements Partitioner {

	private final ReferenceData reference;

	private final ReturnStore returns;

	private final long load;

	private final Path input;

	CityPartitioner(ReferenceData reference, ReturnStore returns, long load, Path input) {
		this.reference = reference;
		this.returns = returns;
		this.load = load;
		this.input = input;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<String> done = this.returns.citiesWithOutcome(this.load);
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (Division city : this.reference.cities()) {
			if (!done.contains(city.code())) {
				ExecutionContext context = new ExecutionContext();
				context.putString(JobKeys.CITY, city.code());
				context.putString(JobKeys.FOLDER, this.input.resolve(city.code()).toString());
				partitions.put(city.code(), context);
			}
		}
		return partitions;
	}
}
