package cn.gdftu.twocoverage.notices;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The notices' SQL (tables in {@code db/migration/common/V5__accounts_notices.sql}). */
@RegisterConstructorMapper(Notice.class)
interface NoticeStore {

	String NOTICE = "SELECT n.notice_id, n.city_code, n.at, n.kind, n.period, n.subject, n.body, "
			+ "CASE WHEN r.notice_id IS NULL THEN 0 ELSE 1 END AS read FROM notice n "
			+ "LEFT JOIN notice_read r ON r.notice_id = n.notice_id AND r.account = :account ";

	@SqlQuery("SELECT COALESCE(MAX(notice_id), 0) + 1 FROM notice")
	long nextId();

	@SqlUpdate("INSERT INTO notice (notice_id, city_code, at, kind, period, subject, body) "
			+ "VALUES (:id, :city, :at, :kind, :period, :subject, :body)")
	void add(@Bind("id") long id, @Bind("city") String cityCode, @Bind("at") String at, @Bind("kind") String kind,
			@Bind("period") String period, @Bind("subject") String subject, @Bind("body") String body);

	/** The city's notices, newest first, read or not by the account. */
	@SqlQuery(NOTICE + "WHERE n.city_code = :city ORDER BY n.notice_id DESC LIMIT :limit")
	List<Notice> ofCity(@Bind("city") String cityCode, @Bind("account") String account, @Bind("limit") int limit);

	/** Every city's notices (the province's view), newest first. */
	@SqlQuery(NOTICE + "ORDER BY n.notice_id DESC LIMIT :limit")
	List<Notice> all(@Bind("account") String account, @Bind("limit") int limit);

	@SqlQuery(NOTICE + "WHERE n.notice_id = :id")
	Optional<Notice> find(@Bind("id") long id, @Bind("account") String account);

	@SqlQuery("SELECT COUNT(*) FROM notice n WHERE n.city_code = :city AND NOT EXISTS "
			+ "(SELECT 1 FROM notice_read r WHERE r.notice_id = n.notice_id AND r.account = :account)")
	int unread(@Bind("city") String cityCode, @Bind("account") String account);

	@SqlUpdate("INSERT INTO notice_read (notice_id, account, read_at) VALUES (:id, :account, :at) "
			+ "ON CONFLICT (notice_id, account) DO NOTHING")
	void markRead(@Bind("id") long id, @Bind("account") String account, @Bind("at") String at);

	/** When each city was last reminded for the period. */
	@SqlQuery("SELECT city_code, MAX(at) AS at FROM notice WHERE period = :period AND kind = 'remind' GROUP BY city_code")
	@RegisterConstructorMapper(Reminded.class)
	List<Reminded> lastReminded(@Bind("period") String period);

	record Reminded(@org.jdbi.v3.core.mapper.reflect.ColumnName("city_code") String cityCode, String at) {
	}
}
