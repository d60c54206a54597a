package cn.gdftu.twocoverage.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** One partition per city whose return is ready to read, named by the city's code. */
class CityPartitioner implements Partitioner {

	private final String readyCities;

	CityPartitioner(String readyCities) {
		this.readyCities = (readyCities == null) ? "" : readyCities;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (String entry : this.readyCities.split("\n")) {
			if (entry.isEmpty()) {
				continue;
			}
			int separator = entry.indexOf('=');
			ExecutionContext context = new ExecutionContext();
			context.putString(JobKeys.CITY, entry.substring(0, separator));
			context.putString(JobKeys.FOLDER, entry.substring(separator + 1));
			partitions.put(entry.substring(0, separator), context);
		}
		return partitions;
	}
}
