package cn.gdftu.twocoverage.store;

import java.sql.Types;
import java.time.LocalDate;
import java.util.function.Function;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

import cn.gdftu.twocoverage.ingest.ReturnKind;
import cn.gdftu.twocoverage.ingest.Scope;
import cn.gdftu.twocoverage.ingest.WomenOrg;

/**
 * How domain values are written to SQLite: dates as ISO text (so SQL compares them as strings and
 * the file stays readable), coded values by the SPEC's codes, files by their names.
 */
final class StoreArguments {

	private StoreArguments() {
	}

	static void register(Jdbi jdbi) {
		jdbi.registerArgument(text(LocalDate.class, LocalDate::toString));
		jdbi.registerArgument(text(Scope.class, Scope::code));
		jdbi.registerArgument(text(WomenOrg.class, WomenOrg::code));
		jdbi.registerArgument(text(ReturnKind.class, ReturnKind::fileName));
	}

	private static <T> AbstractArgumentFactory<T> text(Class<T> type, Function<T, String> toText) {
		return new AbstractArgumentFactory<>(Types.VARCHAR) {
			@Override
			protected Argument build(T value, ConfigRegistry config) {
				return (position, statement, context) -> statement.setString(position, toText.apply(value));
			}
		};
	}
}
