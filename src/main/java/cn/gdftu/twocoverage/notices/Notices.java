package cn.gdftu.twocoverage.notices;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Jdbi;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.site.Account;
import cn.gdftu.twocoverage.site.SiteException;
import cn.gdftu.twocoverage.site.SiteStore;

/**
 * Telling a city (通知, SPEC §13). Other features call {@link #send}: the desk's 催报 with
 * {@link NoticeKind#REMIND}, the review with {@link NoticeKind#RETURNED} (the reason in the body) and
 * {@link NoticeKind#APPROVED}. A notice is shown to every account of the city (home page, header count,
 * {@code GET /notices}); when mail is set up ({@code spring.mail.host}) it is also queued as an e-mail
 * to each enabled account of the city with an address, in the same transaction, and sent in the
 * background ({@link MailOutbox}) — sending never blocks nor fails the caller.
 */
@Service
@ConditionalOnWebApplication
public class Notices {

	static final int SUBJECT_MAX = 200;

	static final int BODY_MAX = 10_000;

	static final int SHOWN = 200;

	private final Jdbi jdbi;

	private final ReferenceData reference;

	private final MailOutbox outbox;

	private final SiteStore site;

	private final Clock clock;

	Notices(Jdbi jdbi, ReferenceData reference, MailOutbox outbox, SiteStore site, Clock clock) {
		this.jdbi = jdbi;
		this.site = site;
		this.reference = reference;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Tells the city's accounts; answers the notice's id.
	 *
	 * @param cityCode one of the 21 city codes, e.g. {@code 440100}
	 * @param kind why: remind, returned or approved
	 * @param period the period it is about
	 * @param subject one line of Chinese, at most 200 characters, no line breaks (it is the e-mail's
	 * subject too)
	 * @param body plain text, line breaks allowed, at most 10,000 characters (for a return sent back, its
	 * reason)
	 * @throws IllegalArgumentException for a code that is not a city, or a subject or body out of bounds
	 */
	public long send(String cityCode, NoticeKind kind, Period period, String subject, String body) {
		check(cityCode, subject, body);
		String at = this.clock.instant().toString();
		return this.jdbi.inTransaction((handle) -> {
			NoticeStore store = handle.attach(NoticeStore.class);
			long id = store.nextId();
			store.add(id, cityCode, at, kind.code(), period, subject, body);
			this.outbox.queue(handle, id, cityCode, subject, body, at);
			return id;
		});
	}

	/**
	 * Review (SPEC §12): the province sent the city's return for the period back; the city is told
	 * why. The same as {@link #send} with {@link NoticeKind#RETURNED} and the standard wording.
	 */
	public long returned(String cityCode, Period period, String reason) {
		return send(cityCode, NoticeKind.RETURNED, period, "退回：" + period.chineseLabel() + "“两个覆盖”月报",
				cityName(cityCode) + "总工会女职工部：\n省总工会女职工部退回了贵市" + period.chineseLabel()
						+ "的“两个覆盖”月报，请按下面的原因修改后重新上传。\n退回原因：" + reason);
	}

	/** Review (SPEC §12): the province approved the city's return for the period. */
	public long approved(String cityCode, Period period) {
		return send(cityCode, NoticeKind.APPROVED, period, "审核通过：" + period.chineseLabel() + "“两个覆盖”月报",
				cityName(cityCode) + "总工会女职工部：\n贵市" + period.chineseLabel() + "的“两个覆盖”月报已审核通过，谢谢。");
	}

	/** What the account sees: its city's notices, or for the province every city's; newest first. */
	public List<Notice> of(Account account) {
		NoticeStore store = this.jdbi.onDemand(NoticeStore.class);
		return account.isProvince() ? store.all(account.name(), SHOWN)
				: store.ofCity(account.cityCode(), account.name(), SHOWN);
	}

	/** The header's count: notices of the account's city it has not read (none for the province). */
	public int unread(Account account) {
		return account.isProvince() ? 0 : this.jdbi.onDemand(NoticeStore.class).unread(account.cityCode(), account.name());
	}

	/** The count for the page header, by the signed-in account's name (0 for an unknown one). */
	public int unreadOf(String accountName) {
		return this.site.account(accountName).map(this::unread).orElse(0);
	}

	/** Marks the notice read by the account: 404 when there is none, 403 when it is another city's. */
	public Notice read(Account account, long id) {
		NoticeStore store = this.jdbi.onDemand(NoticeStore.class);
		Notice notice = store.find(id, account.name())
			.orElseThrow(() -> new SiteException(HttpStatus.NOT_FOUND, "没有这条通知（编号 " + id + "）"));
		if (!account.mayActFor(notice.cityCode())) {
			throw new SiteException(HttpStatus.FORBIDDEN, "这条通知是发给其他市的，本账户不能查看");
		}
		store.markRead(id, account.name(), this.clock.instant().toString());
		return store.find(id, account.name()).orElseThrow();
	}

	/** When each city was last reminded for the period (city code → instant), for the desk. */
	public Map<String, String> lastReminded(Period period) {
		return this.jdbi.onDemand(NoticeStore.class).lastReminded(period).stream()
			.collect(Collectors.toMap(NoticeStore.Reminded::cityCode, NoticeStore.Reminded::at));
	}

	private String cityName(String cityCode) {
		return this.reference.city(cityCode).map((d) -> d.name()).orElse(cityCode);
	}

	private void check(String cityCode, String subject, String body) {
		if (!this.reference.isCity(cityCode)) {
			throw new IllegalArgumentException("not a city code: " + cityCode);
		}
		if (subject == null || subject.isBlank() || subject.length() > SUBJECT_MAX
				|| subject.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("a notice's subject is one line of at most " + SUBJECT_MAX + " characters");
		}
		if (body == null || body.length() > BODY_MAX) {
			throw new IllegalArgumentException("a notice's body is at most " + BODY_MAX + " characters");
		}
	}
}
