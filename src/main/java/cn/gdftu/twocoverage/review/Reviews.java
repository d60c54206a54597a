package cn.gdftu.twocoverage.review;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.changes.ReturnWarnings;
import cn.gdftu.twocoverage.store.ReturnVersions;

/**
 * Reads and keeps the review of SPEC §12: the warnings found at upload (kept in the upload's own
 * transaction, so a version never exists without them), and each city's review of a period.
 */
public final class Reviews {

	private final Jdbi jdbi;

	public Reviews(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	/** Keeps what the comparison found for a new version; call inside the transaction that stores it. */
	public static void keep(Handle handle, Period period, String city, int version, ReturnWarnings.Found found) {
		ReviewStore store = handle.attach(ReviewStore.class);
		store.addCheck(period, city, version, (found.previousPeriod() == null) ? "" : found.previousPeriod(),
				found.warnings().size());
		if (!found.warnings().isEmpty()) {
			store.addWarnings(period, city, version, IntStream.range(0, found.warnings().size()).boxed().toList(),
					found.warnings());
		}
	}

	/** The review of the city's version {@code version} (null: nothing stored; {@code asFiles}: a folder). */
	public CityReview of(Period period, String city, Integer version, boolean asFiles) {
		return this.jdbi.withHandle((handle) -> of(handle.attach(ReviewStore.class), period, city, version, asFiles));
	}

	static CityReview of(ReviewStore store, Period period, String city, Integer version, boolean asFiles) {
		if (version == null || version == 0) {
			return CityReview.of(version, asFiles, null, List.of(), List.of(), List.of());
		}
		String previous = store.check(period, city, version).map(ReviewStore.Check::previousPeriod)
			.filter((p) -> !p.isEmpty()).orElse(null);
		return CityReview.of(version, asFiles, previous, store.warnings(period, city, version),
				store.explanations(period, city, version), store.events(period, city));
	}

	/** The current version of each city of the period that has one stored by the site. */
	public Map<String, Integer> currentVersions(Period period) {
		return this.jdbi.withHandle((handle) -> {
			Map<String, Integer> versions = new java.util.HashMap<>();
			handle.attach(ReturnVersions.class).currentVersions(period)
				.forEach((v) -> versions.put(v.cityCode(), v.version()));
			return versions;
		});
	}

	public List<ReviewStore.Event> events(Period period, String city) {
		return this.jdbi.withHandle((handle) -> handle.attach(ReviewStore.class).events(period, city));
	}
}
