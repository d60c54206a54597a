package cn.gdftu.twocoverage.notices;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Definition;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import cn.gdftu.twocoverage.Period;

/**
 * The notices' SQL (tables in {@code db/migration/common/V5__accounts_notices.sql}). Public only so that
 * JDBI can read {@link #NOTICE_AS_READ}.
 */
@RegisterConstructorMapper(Notice.class)
public interface NoticeStore {

	/** The notices as one account sees them (read or not), which ofCity.sql, all.sql and find.sql filter. */
	@Definition(key = "notice_as_read")
	String NOTICE_AS_READ = ClasspathSqlLocator.removingComments()
		.getResource(NoticeStore.class.getClassLoader(), "cn/gdftu/twocoverage/notices/notice-as-read.sql");

	@SqlQuery("SELECT COALESCE(MAX(notice_id), 0) + 1 FROM notice")
	long nextId();

	@SqlUpdate
	@UseClasspathSqlLocator
	void add(@Bind("id") long id, @Bind("city") String cityCode, @Bind("at") String at, @Bind("kind") String kind,
			@Bind("period") Period period, @Bind("subject") String subject, @Bind("body") String body);

	/** The city's notices, newest first, read or not by the account. */
	@SqlQuery
	@UseClasspathSqlLocator
	List<Notice> ofCity(@Bind("city") String cityCode, @Bind("account") String account, @Bind("limit") int limit);

	/** Every city's notices (the province's view), newest first. */
	@SqlQuery
	@UseClasspathSqlLocator
	List<Notice> all(@Bind("account") String account, @Bind("limit") int limit);

	@SqlQuery
	@UseClasspathSqlLocator
	Optional<Notice> find(@Bind("id") long id, @Bind("account") String account);

	@SqlQuery
	@UseClasspathSqlLocator
	int unread(@Bind("city") String cityCode, @Bind("account") String account);

	@SqlUpdate
	@UseClasspathSqlLocator
	void markRead(@Bind("id") long id, @Bind("account") String account, @Bind("at") String at);

	/** When each city was last reminded for the period. */
	@SqlQuery("SELECT city_code, MAX(at) AS at FROM notice WHERE period = :period AND kind = 'remind' GROUP BY city_code")
	@RegisterConstructorMapper(Reminded.class)
	List<Reminded> lastReminded(@Bind("period") Period period);

	record Reminded(@org.jdbi.v3.core.mapper.reflect.ColumnName("city_code") String cityCode, String at) {
	}
}
