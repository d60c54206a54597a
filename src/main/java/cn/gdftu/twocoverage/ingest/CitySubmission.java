package cn.gdftu.twocoverage.ingest;

import java.util.Map;


/**
 * What {@link CityCheck} made of a city's return: its submission (status, the counts of
 * submissions.csv, the Chinese message) and the source it read for each table — {@code organizations.csv},
 * {@code 月报.xlsx[基层工会台账]} — as far as it got (none when the folder was missing or unusable).
 */
public record CitySubmission(Submission submission, Map<ReturnKind, String> sources) {

	public CitySubmission {
		sources = Map.copyOf(sources);
	}

	static CitySubmission of(Submission submission, Map<ReturnKind, String> sources) {
		return new CitySubmission(submission, sources);
	}

	static CitySubmission rejected(String cityCode, String why, Map<ReturnKind, String> sources) {
		return new CitySubmission(Submission.rejected(cityCode, SubmissionMessages.rejected(why)), sources);
	}

	public SubmissionStatus status() {
		return this.submission.status();
	}

	/** The source read for a table, or null when it was not reached. */
	public String source(ReturnKind kind) {
		return this.sources.get(kind);
	}
}
