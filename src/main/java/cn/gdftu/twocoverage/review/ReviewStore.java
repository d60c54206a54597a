package cn.gdftu.twocoverage.review;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.mapper.reflect.ColumnName;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import cn.gdftu.twocoverage.changes.Warning;

/** The review's SQL (tables in migration 4, {@code db/migration/common/V4__review.sql}); portable SQL. */
@RegisterConstructorMapper(Warning.class)
@RegisterConstructorMapper(ReviewStore.Check.class)
@RegisterConstructorMapper(ReviewStore.Explanation.class)
@RegisterConstructorMapper(ReviewStore.Event.class)
public interface ReviewStore {

	@SqlUpdate("INSERT INTO review_check (period, city_code, version, previous_period, warnings) "
			+ "VALUES (:period, :city, :version, :previous, :warnings)")
	void addCheck(@Bind("period") String period, @Bind("city") String city, @Bind("version") int version,
			@Bind("previous") String previousPeriod, @Bind("warnings") int warnings);

	@SqlBatch("INSERT INTO review_warning (period, city_code, version, ordinal, code, employer_id, employer_name, "
			+ "contract_id, previous_value, current_value, message) VALUES (:period, :city, :version, :ordinal, "
			+ ":w.code, :w.employerId, :w.employerName, :w.contractId, :w.previous, :w.current, :w.message)")
	void addWarnings(@Bind("period") String period, @Bind("city") String city, @Bind("version") int version,
			@Bind("ordinal") List<Integer> ordinals, @BindMethods("w") List<Warning> warnings);

	@SqlQuery("SELECT previous_period, warnings FROM review_check WHERE period = :period AND city_code = :city "
			+ "AND version = :version")
	Optional<Check> check(@Bind("period") String period, @Bind("city") String city, @Bind("version") int version);

	@SqlQuery("SELECT code, employer_id, employer_name, contract_id, previous_value AS previous, "
			+ "current_value AS current, message FROM review_warning WHERE period = :period AND city_code = :city "
			+ "AND version = :version ORDER BY ordinal")
	List<Warning> warnings(@Bind("period") String period, @Bind("city") String city, @Bind("version") int version);

	@SqlQuery("SELECT code, text, explained_by, explained_at FROM review_explanation WHERE period = :period "
			+ "AND city_code = :city AND version = :version ORDER BY code")
	List<Explanation> explanations(@Bind("period") String period, @Bind("city") String city,
			@Bind("version") int version);

	@SqlUpdate("DELETE FROM review_explanation WHERE period = :period AND city_code = :city AND version = :version")
	void forgetExplanations(@Bind("period") String period, @Bind("city") String city, @Bind("version") int version);

	@SqlUpdate("INSERT INTO review_explanation (period, city_code, version, code, text, explained_by, explained_at) "
			+ "VALUES (:period, :city, :version, :code, :text, :by, :at)")
	void addExplanation(@Bind("period") String period, @Bind("city") String city, @Bind("version") int version,
			@Bind("code") String code, @Bind("text") String text, @Bind("by") String by, @Bind("at") String at);

	@SqlUpdate("INSERT INTO review_event (event_id, period, city_code, version, action, reason, account, at, "
			+ "remote_address) VALUES (:id, :period, :city, :version, :action, :reason, :account, :at, :address)")
	void addEvent(@Bind("id") String id, @Bind("period") String period, @Bind("city") String city,
			@Bind("version") int version, @Bind("action") String action, @Bind("reason") String reason,
			@Bind("account") String account, @Bind("at") String at, @Bind("address") String remoteAddress);

	@SqlQuery("SELECT version, action, reason, account, at, remote_address FROM review_event WHERE period = :period "
			+ "AND city_code = :city ORDER BY at, event_id")
	List<Event> events(@Bind("period") String period, @Bind("city") String city);

	/** The newest stored version of each city of the period that has one. */
	@SqlQuery("SELECT city_code, MAX(version) AS version FROM return_version WHERE period = :period GROUP BY city_code")
	@RegisterConstructorMapper(CurrentVersion.class)
	List<CurrentVersion> currentVersions(@Bind("period") String period);

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

	record CurrentVersion(@ColumnName("city_code") String cityCode, int version) {
	}
}
