package cn.gdftu.twocoverage.store;

import java.lang.reflect.Type;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.ingest.Reason;
import cn.gdftu.twocoverage.ingest.ReturnKind;
import cn.gdftu.twocoverage.ingest.Scope;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;
import cn.gdftu.twocoverage.ingest.WomenOrg;

/**
 * How domain values are written to SQLite: dates as ISO text (so SQL compares them as strings and
 * the file stays readable), coded values by the SPEC's codes, files by their names.
 */
final class StoreArguments {

	private StoreArguments() {
	}

	static void register(Jdbi jdbi) {
		jdbi.registerArgument(new AsText<>(LocalDate.class, LocalDate::toString));
		jdbi.registerArgument(new AsText<>(Scope.class, Scope::code));
		jdbi.registerArgument(new AsText<>(WomenOrg.class, WomenOrg::code));
		jdbi.registerArgument(new AsText<>(ReturnKind.class, ReturnKind::fileName));
		jdbi.registerArgument(new AsText<>(SubmissionStatus.class, SubmissionStatus::code));
		jdbi.registerArgument(new AsText<>(Reason.class, Reason::name));
		jdbi.registerArgument(new AsText<>(Period.class, Period::toString));
	}

	/** Binds values of one type as the text a function makes of them. */
	private record AsText<T>(Class<T> type, Function<T, String> toText) implements ArgumentFactory.Preparable {

		@Override
		public Optional<Function<Object, Argument>> prepare(Type requested, ConfigRegistry config) {
			if (requested != this.type) {
				return Optional.empty();
			}
			return Optional.of((value) -> (position, statement, context) -> {
				if (value == null) {
					statement.setNull(position, Types.VARCHAR);
				}
				else {
					statement.setString(position, this.toText.apply(this.type.cast(value)));
				}
			});
		}

		@Override
		public List<Type> prePreparedTypes() {
			return List.of(this.type);
		}
	}
}
