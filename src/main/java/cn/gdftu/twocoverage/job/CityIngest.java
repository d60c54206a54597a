package cn.gdftu.twocoverage.job;

import java.nio.file.Path;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.ingest.CityCheck;
import cn.gdftu.twocoverage.ingest.CityReturn;
import cn.gdftu.twocoverage.ingest.CitySubmission;

/**
 * What one city's ingest step shares between its reader, writer and listeners: the load, the city's
 * folder, the city check, whether the city was already done (its outcome stored) when the step began,
 * and the submission the step stored. One per step execution (step scope).
 */
public class CityIngest {

	private final Period period;

	private final long load;

	private final String cityCode;

	private final Path folder;

	private final CityCheck check;

	private final CityReturn.Ready surveyed;

	private boolean done;

	private CitySubmission result;

	CityIngest(Period period, long load, String cityCode, Path folder, CityCheck check, CityReturn.Ready surveyed) {
		this.surveyed = surveyed;
		this.period = period;
		this.load = load;
		this.cityCode = cityCode;
		this.folder = folder;
		this.check = check;
	}

	public Period period() {
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

	/** The survey step's finding on the folder in this process, or null (a restart): then the check surveys. */
	CityReturn.Ready surveyed() {
		return this.surveyed;
	}

	/** The city's outcome was stored by an earlier attempt: nothing to read or write. */
	void alreadyDone() {
		this.done = true;
	}

	boolean done() {
		return this.done;
	}

	void finished(CitySubmission result) {
		this.result = result;
	}

	/** What the check made of the return, once stored with the city's last rows; null before. */
	CitySubmission result() {
		return this.result;
	}
}
