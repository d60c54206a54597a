package cn.gdftu.twocoverage.store;

import java.time.Instant;
import java.util.function.Function;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.ColumnMapper;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.ingest.Reason;
import cn.gdftu.twocoverage.ingest.Scope;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;

/**
 * How the text {@link StoreArguments} writes comes back as domain values: coded values by their codes,
 * a period as {@code YYYY-MM}, an instant as ISO-8601 (SQL NULL stays null).
 */
final class StoreColumns {

	private StoreColumns() {
	}

	static void register(Jdbi jdbi) {
		jdbi.registerColumnMapper(SubmissionStatus.class, fromText(SubmissionStatus::fromCode));
		jdbi.registerColumnMapper(Scope.class, fromText(Scope::fromCode));
		jdbi.registerColumnMapper(Reason.class, fromText(Reason::valueOf));
		jdbi.registerColumnMapper(Period.class, fromText(Period::parse));
		jdbi.registerColumnMapper(Instant.class, fromText(Instant::parse));
	}

	private static <T> ColumnMapper<T> fromText(Function<String, T> parse) {
		return (result, column, context) -> {
			String text = result.getString(column);
			return (text == null) ? null : parse.apply(text);
		};
	}
}
