package cn.gdftu.twocoverage.site;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import cn.gdftu.twocoverage.ingest.CityReturn;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;

/**
 * A city's current return for a period, the one answer the city's page, its JSON and the province's
 * desk give, and the one the job reads: the newest version the site stored and checked; else the
 * folder the job would read ({@code input/<period>/<city>}: files put there by hand, or version 0 the
 * site adopted from them), judged by the job's own survey; else nothing.
 *
 * @param stored the newest stored version (version 0 is an adopted folder), or null
 * @param status the status the job gives it (a folder sent as files: as far as its survey tells)
 * @param asFiles whether the return came as files, not through the site's check
 */
public record CurrentReturn(ReturnVersion stored, SubmissionStatus status, boolean asFiles) {

	/** The current return from a city's stored versions and the folder the job reads. */
	public static CurrentReturn of(String cityCode, List<ReturnVersion> versions, Path folder) {
		ReturnVersion newest = versions.stream().max(Comparator.comparingInt(ReturnVersion::version)).orElse(null);
		if (newest != null && newest.status() != null) {
			return new CurrentReturn(newest, newest.status(), false);
		}
		SubmissionStatus status = new CityReturn(cityCode, folder).survey().status();
		return new CurrentReturn(newest, status, status != SubmissionStatus.MISSING);
	}

	/** Whether the city has a return the job will use (a stored one, or files it reads). */
	public boolean present() {
		return this.status == SubmissionStatus.SUBMITTED;
	}

	/** The rows the check rejected; none known for a return that came as files. */
	public int rejectedRows() {
		return (this.stored == null) ? 0 : this.stored.rejectedRows();
	}
}
