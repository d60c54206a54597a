package cn.gdftu.twocoverage.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.gdftu.twocoverage.ingest.CityCheck;
import cn.gdftu.twocoverage.ingest.CitySubmission;

/**
 * What one city's ingest step shares between its reader, processor, writer and listeners: the load,
 * the city's folder, the city check, and what the check ended with: the submission and the contracts
 * whose stored rows are withdrawn as inconsistent. One per step execution (step scope).
 */
public class CityIngest {

	private final String period;

	private final long load;

	private final String cityCode;

	private final Path folder;

	private final CityCheck check;

	private final List<String> inconsistentContracts = new ArrayList<>();

	private CitySubmission result;

	CityIngest(String period, long load, String cityCode, Path folder, CityCheck check) {
		this.period = period;
		this.load = load;
		this.cityCode = cityCode;
		this.folder = folder;
		this.check = check;
	}

	public String period() {
		return this.period;
	}

	public long load() {
		return this.load;
	}

	public String cityCode() {
		return this.cityCode;
	}

	Path folder() {
		return this.folder;
	}

	CityCheck check() {
		return this.check;
	}

	/** A contract whose stored rows the check withdrew as inconsistent. */
	void inconsistent(String contractId) {
		this.inconsistentContracts.add(contractId);
	}

	List<String> inconsistentContracts() {
		return List.copyOf(this.inconsistentContracts);
	}

	void finished(CitySubmission result) {
		this.result = result;
	}

	/** What the check made of the return; null until the reader has reached the end. */
	CitySubmission result() {
		return this.result;
	}
}
