package cn.gdftu.twocoverage.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.gdftu.twocoverage.ingest.CityReturn;

/**
 * The ready returns the survey found, handed to the cities' ingest in the same process, so a city's
 * folder is surveyed (resolved, its sources found) once per run and the rows are read from exactly the
 * upload the survey saw. A restarted run in a new process finds none and surveys the folder again.
 */
class ReadyReturns {

	private final Map<String, CityReturn.Ready> ready = new ConcurrentHashMap<>();

	void put(long load, String cityCode, CityReturn.Ready survey) {
		this.ready.put(key(load, cityCode), survey);
	}

	/** The city's ready return as this process's survey step found it; null after a restart. */
	CityReturn.Ready take(long load, String cityCode) {
		return this.ready.remove(key(load, cityCode));
	}

	private static String key(long load, String cityCode) {
		return load + "/" + cityCode;
	}
}
