package cn.gdftu.twocoverage.timeliness;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL of timeliness: per-period deadline days, and when each city first stored a return. */
public interface DeadlineStore {

	@SqlQuery("SELECT due_on FROM period_deadline WHERE period = :period")
	Optional<String> dueOn(@Bind("period") String period);

	@SqlUpdate("INSERT INTO period_deadline (period, due_on, set_by, set_at) VALUES (:period, :due, :by, :at) "
			+ "ON CONFLICT (period) DO UPDATE SET due_on = excluded.due_on, set_by = excluded.set_by, "
			+ "set_at = excluded.set_at")
	void setDueOn(@Bind("period") String period, @Bind("due") String dueOn, @Bind("by") String account,
			@Bind("at") String at);

	@SqlUpdate("DELETE FROM period_deadline WHERE period = :period")
	void clearDueOn(@Bind("period") String period);

	/**
	 * The upload times of every return the site stored for the period. Version 0 is a folder that was
	 * there before the site (sent as files): it has no upload time.
	 */
	@SqlQuery("SELECT city_code, uploaded_at FROM return_version WHERE period = :period AND version >= 1")
	@RegisterConstructorMapper(Upload.class)
	List<Upload> uploads(@Bind("period") String period);

	/** When a city's return was stored (an ISO-8601 instant, compared as an instant, not as text). */
	record Upload(String cityCode, String uploadedAt) {
	}
}
