package cn.gdftu.twocoverage.timeliness;

import java.util.Optional;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import cn.gdftu.twocoverage.Period;

/** The SQL of timeliness: per-period deadline days (the upload times are {@code store.ReturnVersions}). */
public interface DeadlineStore {

	@SqlQuery("SELECT due_on FROM period_deadline WHERE period = :period")
	Optional<String> dueOn(@Bind("period") Period period);

	@SqlUpdate
	@UseClasspathSqlLocator
	void setDueOn(@Bind("period") Period period, @Bind("due") String dueOn, @Bind("by") String account,
			@Bind("at") String at);

	@SqlUpdate("DELETE FROM period_deadline WHERE period = :period")
	void clearDueOn(@Bind("period") Period period);
}
