package cn.gdftu.twocoverage.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.ColumnMapper;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.ingest.Reason;
import cn.gdftu.twocoverage.ingest.ReturnKind;
import cn.gdftu.twocoverage.ingest.Scope;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;
import cn.gdftu.twocoverage.ingest.WomenOrg;

/**
 * How the text {@link StoreArguments} writes comes back as domain values: coded values by their codes,
 * a period as {@code YYYY-MM}, a date and an instant as ISO-8601, a table by its CSV file's name (SQL NULL
 * stays null). Dates are ISO text on both databases: PostgreSQL's driver will not read text as a date.
 */
final class StoreColumns {

	private StoreColumns() {
	}

	static void register(Jdbi jdbi) {
		jdbi.registerColumnMapper(SubmissionStatus.class, fromText(SubmissionStatus::fromCode));
		jdbi.registerColumnMapper(Scope.class, fromText(Scope::fromCode));
		jdbi.registerColumnMapper(WomenOrg.class, fromText(WomenOrg::fromCode));
		jdbi.registerColumnMapper(Reason.class, fromText(Reason::valueOf));
		jdbi.registerColumnMapper(Period.class, fromText(Period::parse));
		jdbi.registerColumnMapper(Instant.class, fromText(Instant::parse));
		jdbi.registerColumnMapper(LocalDate.class, fromText(LocalDate::parse));
		jdbi.registerColumnMapper(ReturnKind.class, fromText(StoreColumns::returnKind));
	}

	private static ReturnKind returnKind(String fileName) {
		return Arrays.stream(ReturnKind.values()).filter((kind) -> kind.fileName().equals(fileName)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown table kind: " + fileName));
	}

	private static <T> ColumnMapper<T> fromText(Function<String, T> parse) {
		return (result, column, context) -> {
			String text = result.getString(column);
			return (text == null) ? null : parse.apply(text);
		};
	}
}
