package cn.gdftu.twocoverage.job;

/** Names of job parameters and execution-context entries shared by the steps. */
final class JobKeys {

	/** Job parameter: the period, {@code YYYY-MM} (identifying). */
	static final String PERIOD = "period";

	/** Job parameter: SHA-256 of the period's input folder (identifying: changed input, new instance). */
	static final String DIGEST = "digest";

	/** Job parameter: the attempt number of a forced rerun of unchanged input (identifying). */
	static final String RUN = "run";

	/** Job parameter: the period's input folder. */
	static final String INPUT = "input";

	/** Job parameter: the reports folder. */
	static final String REPORTS = "reports";

	/** Step execution context of a city partition: the city code (its folder is {@link #FOLDER}). */
	static final String CITY = "city";

	/** Job execution context: the load the run writes (the job instance's id, so a restart reuses it). */
	static final String LOAD = "load";

	/** Step execution context of a city's partition. */
	static final String FOLDER = "folder";

	private JobKeys() {
	}
}
