package cn.gdftu.twocoverage.review;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.mapper.reflect.ColumnName;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import cn.gdftu.twocoverage.changes.Warning;
import cn.gdftu.twocoverage.Period;

/** The review's SQL (tables in migration 4, {@code db/migration/common/V4__review.sql}); portable SQL. */
@RegisterConstructorMapper(Warning.class)
@RegisterConstructorMapper(ReviewStore.Check.class)
@RegisterConstructorMapper(ReviewStore.Explanation.class)
@RegisterConstructorMapper(ReviewStore.Event.class)
public interface ReviewStore {

	@SqlUpdate
	@UseClasspathSqlLocator
	void addCheck(@Bind("period") Period period, @Bind("city") String city, @Bind("version") int version,
			@Bind("previous") String previousPeriod, @Bind("warnings") int warnings);

	@SqlBatch
	@UseClasspathSqlLocator
	void addWarnings(@Bind("period") Period period, @Bind("city") String city, @Bind("version") int version,
			@Bind("ordinal") List<Integer> ordinals, @BindMethods("w") List<Warning> warnings);

	@SqlQuery
	@UseClasspathSqlLocator
	Optional<Check> check(@Bind("period") Period period, @Bind("city") String city, @Bind("version") int version);

	@SqlQuery
	@UseClasspathSqlLocator
	List<Warning> warnings(@Bind("period") Period period, @Bind("city") String city, @Bind("version") int version);

	@SqlQuery
	@UseClasspathSqlLocator
	List<Explanation> explanations(@Bind("period") Period period, @Bind("city") String city,
			@Bind("version") int version);

	@SqlUpdate("DELETE FROM review_explanation WHERE period = :period AND city_code = :city AND version = :version")
	void forgetExplanations(@Bind("period") Period period, @Bind("city") String city, @Bind("version") int version);

	@SqlUpdate
	@UseClasspathSqlLocator
	void addExplanation(@Bind("period") Period period, @Bind("city") String city, @Bind("version") int version,
			@Bind("code") String code, @Bind("text") String text, @Bind("by") String by, @Bind("at") String at);

	@SqlUpdate
	@UseClasspathSqlLocator
	void addEvent(@Bind("id") String id, @Bind("period") Period period, @Bind("city") String city,
			@Bind("version") int version, @Bind("action") String action, @Bind("reason") String reason,
			@Bind("account") String account, @Bind("at") String at, @Bind("address") String remoteAddress);

	@SqlQuery
	@UseClasspathSqlLocator
	List<Event> events(@Bind("period") Period period, @Bind("city") String city);

	/** What the comparison at upload found: the period compared with ('' when none) and how many warnings. */
	record Check(@ColumnName("previous_period") String previousPeriod, int warnings) {
	}

	record Explanation(String code, String text, @ColumnName("explained_by") String by,
			@ColumnName("explained_at") String at) {
	}

	/** A review action: explain, approve or return, on a version; audited with the address it came from. */
	record Event(int version, String action, String reason, String account, String at,
			@ColumnName("remote_address") String remoteAddress) {
	}
}
