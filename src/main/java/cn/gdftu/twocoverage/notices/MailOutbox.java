package cn.gdftu.twocoverage.notices;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gdftu.twocoverage.Failures;
import cn.gdftu.twocoverage.accounts.EmailAddress;
import cn.gdftu.twocoverage.report.ExcelText;

/**
 * Notices by e-mail (SPEC §13), only when Boot has a mail sender ({@code spring.mail.host} set). A
 * notice's mails are queued in {@code mail_outbox} in the notice's own transaction; a background task
 * sends what is due, one mail at a time, UTF-8 plain text with a Chinese subject. A failed send is tried
 * again every {@code two-coverage.mail.retry} (30 s) until {@code two-coverage.mail.give-up-after} (24 h)
 * has passed since it was queued; when the server cannot be reached, the rest of the round waits for the
 * next. Failures stay in the table and are shown on the province desk.
 */
@Component
@ConditionalOnWebApplication
public class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	static final int ROUND = 50;

	static final int ERROR_KEPT = 300;

	private final Jdbi jdbi;

	private final ObjectProvider<JavaMailSender> sender;

	private final Clock clock;

	private final String from;

	private final String siteUrl;

	private final Duration retry;

	private final Duration giveUpAfter;

	MailOutbox(Jdbi jdbi, ObjectProvider<JavaMailSender> sender, Clock clock,
			@Value("${two-coverage.mail.from}") String from, @Value("${two-coverage.site-url}") String siteUrl,
			@Value("${two-coverage.mail.retry}") Duration retry,
			@Value("${two-coverage.mail.give-up-after}") Duration giveUpAfter) {
		this.jdbi = jdbi;
		this.sender = sender;
		this.clock = clock;
		this.from = from;
		this.siteUrl = siteUrl.strip().replaceAll("/+$", "");
		this.retry = retry;
		this.giveUpAfter = giveUpAfter;
	}

	/** Whether notices also go by e-mail: a mail host is set. */
	public boolean enabled() {
		return this.sender.getIfAvailable() != null;
	}

	/** Queues the notice's e-mail to each enabled account of the city with an address (in the caller's transaction). */
	void queue(Handle handle, long noticeId, String cityCode, String subject, String body, String at) {
		if (!enabled()) {
			return;
		}
		MailStore store = handle.attach(MailStore.class);
		for (MailStore.Recipient to : store.recipients(cityCode)) {
			store.queue(store.nextId(), noticeId, to.email(), to.name(), "【两个覆盖报送】" + subject, text(to, body), at);
		}
	}

	/** The mail's text: the notice, then the way to the site. */
	String text(MailStore.Recipient to, String body) {
		String name = to.displayName().isBlank() ? to.name() : to.displayName();
		return name + "，您好：\n\n" + body + "\n\n"
				+ (this.siteUrl.isEmpty() ? "请登录报送网站查看通知。" : "请登录报送网站查看：" + this.siteUrl + "/notices") + "\n\n"
				+ "（本邮件由广东省“两个覆盖”月报报送网站自动发送，请勿直接回复。）\n";
	}

	/** Mails that failed, still being retried or given up, for the desk. */
	public List<MailStore.Mail> troubled() {
		return this.jdbi.onDemand(MailStore.class).troubled(ROUND);
	}

	/** The background round: sends what is due. */
	@Scheduled(fixedDelayString = "${two-coverage.mail.poll}", initialDelayString = "${two-coverage.mail.poll}")
	public void deliverDue() {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (mail == null) {
			return;
		}
		MailStore store = this.jdbi.onDemand(MailStore.class);
		for (MailStore.Mail due : store.due(this.clock.instant().toString(), ROUND)) {
			if (!deliver(mail, store, due)) {
				return; // the server is not there: the rest waits for the next round
			}
		}
	}

	/** Sends one mail; false when the server could not be reached. */
	private boolean deliver(JavaMailSender mail, MailStore store, MailStore.Mail due) {
		Instant now = this.clock.instant();
		if (!EmailAddress.isPlain(due.recipient()) || due.subject().chars().anyMatch(Character::isISOControl)) {
			store.giveUp(due.id(), "收件地址或主题不合格，不发送", now.toString());
			return true;
		}
		try {
			mail.send(message(mail, due));
			store.sent(due.id(), this.clock.instant().toString());
			return true;
		}
		catch (MailException | MessagingException ex) {
			String error = ExcelText.prefix(describe(ex));
			error = error.substring(0, Math.min(error.length(), ERROR_KEPT));
			if (Instant.parse(due.createdAt()).plus(this.giveUpAfter).isAfter(now)) {
				store.retryLater(due.id(), error, now.plus(this.retry).toString());
			}
			else {
				store.giveUp(due.id(), error, now.toString());
			}
			log.warn("通知邮件 {} 发往 {} 未成功（第 {} 次）：{}", due.id(), due.recipient(), due.attempts() + 1, error);
			return !unreachable(ex);
		}
	}

	private MimeMessage message(JavaMailSender mail, MailStore.Mail due) throws MessagingException {
		MimeMessage message = mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(due.recipient());
		helper.setSubject(due.subject());
		helper.setText(due.body(), false);
		return message;
	}

	private static boolean unreachable(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof ConnectException || t instanceof SocketTimeoutException || t instanceof UnknownHostException
					|| t.getClass().getSimpleName().equals("MailConnectException")) {
				return true;
			}
			if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t.getCause()) {
				if (unreachable(m.getNextException())) {
					return true;
				}
			}
		}
		return false;
	}

	private static String describe(Throwable ex) {
		return Failures.rootMessage(ex).replaceAll("[\\r\\n]+", " ").strip();
	}
}
