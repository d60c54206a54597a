package cn.gdftu.twocoverage.job;

import java.nio.file.Path;

import cn.gdftu.twocoverage.ingest.CityCheck;
import cn.gdftu.twocoverage.ingest.ReturnKind;
import cn.gdftu.twocoverage.reference.ReferenceData;

/**
 * What one city's ingest step shares between its reader, processor, writer and listeners: the load,
 * the city's folder, the rules with their running counts, and why the return became unusable if a
 * file could not be read to its end. One per step execution (step scope).
 */
public class CityIngest {

	private final String period;

	private final long load;

	private final Path folder;

	private final CityCheck check;

	private String rejection;

	CityIngest(String period, long load, String cityCode, Path folder, ReferenceData reference) {
		this.period = period;
		this.load = load;
		this.folder = folder;
		this.check = new CityCheck(reference, cityCode);
	}

	public String period() {
		return this.period;
	}

	public long load() {
		return this.load;
	}

	public String cityCode() {
		return this.check.cityCode();
	}

	public Path file(ReturnKind kind) {
		return this.folder.resolve(kind.fileName());
	}

	public CityCheck check() {
		return this.check;
	}

	/** Records that the return cannot be used after all; the step then ends and drops the city. */
	public void reject(String message) {
		this.rejection = message;
	}

	public String rejection() {
		return this.rejection;
	}
}
