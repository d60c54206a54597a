package cn.gdftu.twocoverage.notices;

import java.util.List;

import org.jdbi.v3.core.mapper.reflect.ColumnName;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The e-mail outbox's SQL ({@code mail_outbox} in {@code db/migration/common/V5__accounts_notices.sql}). */
public interface MailStore {

	/** Who of the city gets the e-mail: each enabled account with an address. */
	@SqlQuery
	@UseClasspathSqlLocator
	@RegisterConstructorMapper(Recipient.class)
	List<Recipient> recipients(@Bind("city") String cityCode);

	@SqlQuery("SELECT COALESCE(MAX(mail_id), 0) + 1 FROM mail_outbox")
	long nextId();

	@SqlUpdate
	@UseClasspathSqlLocator
	void queue(@Bind("id") long id, @Bind("notice") long noticeId, @Bind("recipient") String recipient,
			@Bind("account") String account, @Bind("subject") String subject, @Bind("body") String body,
			@Bind("at") String at);

	@SqlQuery
	@UseClasspathSqlLocator
	@RegisterConstructorMapper(Mail.class)
	List<Mail> due(@Bind("now") String now, @Bind("limit") int limit);

	@SqlUpdate("UPDATE mail_outbox SET sent_at = :at, attempts = attempts + 1, last_error = '' WHERE mail_id = :id")
	void sent(@Bind("id") long id, @Bind("at") String at);

	@SqlUpdate
	@UseClasspathSqlLocator
	void retryLater(@Bind("id") long id, @Bind("error") String error, @Bind("next") String nextAttempt);

	@SqlUpdate("UPDATE mail_outbox SET attempts = attempts + 1, last_error = :error, failed_at = :at WHERE mail_id = :id")
	void giveUp(@Bind("id") long id, @Bind("error") String error, @Bind("at") String at);

	/** Mails not delivered whose last attempt failed: still being retried, or given up; newest first. */
	@SqlQuery
	@UseClasspathSqlLocator
	@RegisterConstructorMapper(Mail.class)
	List<Mail> troubled(@Bind("limit") int limit);

	record Recipient(String name, @ColumnName("display_name") String displayName, String email) {
	}

	/** A queued e-mail and where it stands. */
	record Mail(@ColumnName("mail_id") long id, @ColumnName("notice_id") long noticeId, String recipient,
			String account, String subject, String body, @ColumnName("created_at") String createdAt, int attempts,
			@ColumnName("last_error") String lastError, @ColumnName("sent_at") String sentAt,
			@ColumnName("failed_at") String failedAt) {

		public String shownCreatedAt() {
			return cn.gdftu.twocoverage.site.CityReturns.show(this.createdAt);
		}

		public boolean givenUp() {
			return this.failedAt != null;
		}
	}
}
