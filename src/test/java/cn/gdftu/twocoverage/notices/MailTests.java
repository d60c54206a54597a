package cn.gdftu.twocoverage.notices;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.function.Supplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.job.Workspace;
import cn.gdftu.twocoverage.files.FileTrees;
import cn.gdftu.twocoverage.site.SiteStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notices by e-mail (SPEC §13) against a real SMTP server in the test: GreenMail 2.1.14, a maintained
 * server from Maven Central that speaks the whole protocol (MIME, encoded headers), where a hand-written
 * ServerSocket SMTP would only check what we thought of. Its port is chosen before the site starts, so
 * the site can be pointed at it while it is down, and it is started and stopped by each test.
 */
@SpringBootTest(properties = { "spring.main.web-application-type=servlet", "spring.mail.host=127.0.0.1",
		"two-coverage.mail.poll=200ms", "two-coverage.mail.retry=1s", "two-coverage.site-url=https://tc.example.gov.cn/",
		"two-coverage.mail.from=two-coverage@example.gov.cn" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailTests {

	static final Path ROOT = temporaryRoot();

	static final int PORT = freePort();

	static final String GZ = "440100";

	/** Last month, China time: open, so the site accepts reminders about it as the desk does. */
	static final Period PERIOD = new Period(YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1));

	@Autowired
	MockMvc mvc;

	@Autowired
	SiteStore store;

	@Autowired
	Jdbi jdbi;

	@Autowired
	Notices notices;

	GreenMail smtp;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> PORT);
		registry.add("two-coverage.input", () -> ROOT.resolve("input").toString());
		registry.add("two-coverage.reports", () -> ROOT.resolve("reports").toString());
		registry.add("spring.datasource.url",
				() -> Workspace.url(ROOT.resolve("reports/two-coverage.db")) + "&transaction_mode=IMMEDIATE");
	}

	@BeforeAll
	void accounts() {
		account("prov", null, "");
		account("gz-a", GZ, "officer-a@example.gov.cn");
		account("gz-off", GZ, "officer-off@example.gov.cn");
		this.store.disable("gz-off");
		account("gz-none", GZ, "");
		account("sz-a", "440300", "officer-sz@example.gov.cn");
	}

	@AfterEach
	void stopServer() {
		if (this.smtp != null) {
			this.smtp.stop();
			this.smtp = null;
		}
	}

	@AfterAll
	static void clean() throws IOException {
		FileTrees.deleteTree(ROOT);
	}

	@Test
	void aReminderGoesByMailToEachEnabledAccountOfTheCityWithAnAddress() throws Exception {
		startServer();
		remindGuangzhou();
		assertThat(this.smtp.waitForIncomingEmail(30_000, 1)).isTrue();
		waitFor("every queued mail sent", () -> count("sent_at IS NULL") == 0);
		MimeMessage[] received = this.smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		MimeMessage mail = received[0];
		assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
			.containsExactly("officer-a@example.gov.cn");
		assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("two-coverage@example.gov.cn");
		assertThat(mail.getSubject()).isEqualTo("【两个覆盖报送】催报：" + PERIOD.chineseLabel() + "“两个覆盖”月报");
		assertThat(mail.getHeader("Subject")[0]).startsWith("=?UTF-8?");
		assertThat(mail.getContentType()).contains("text/plain").containsIgnoringCase("charset=UTF-8");
		String body = (String) mail.getContent();
		assertThat(body).startsWith("gz-a 测试，您好：").contains("广州市总工会女职工部")
			.contains("请登录报送网站查看：https://tc.example.gov.cn/notices");
		assertThat(GreenMailUtil.getHeaders(mail)).doesNotContain("officer-off").doesNotContain("officer-sz");
	}

	@Test
	void whenTheServerIsDownTheMailWaitsIsShownOnTheDeskAndGoesWhenItComesBack() throws Exception {
		long before = count("1 = 1");
		long started = System.nanoTime();
		remindGuangzhou(); // answered at once although no server listens
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		waitFor("two failed attempts", () -> count("sent_at IS NULL AND attempts >= 2 AND last_error <> ''") == 1);
		assertThat(count("1 = 1")).isEqualTo(before + 1);
		String desk = this.mvc.perform(get("/periods/" + PERIOD).with(user("prov").roles("PROVINCE")))
			.andReturn().getResponse().getContentAsString();
		assertThat(desk).contains("未能发出的通知邮件").contains("officer-a@example.gov.cn").contains("稍后重试")
			.contains("Connection refused");

		startServer();
		assertThat(this.smtp.waitForIncomingEmail(30_000, 1)).isTrue();
		waitFor("the mail marked sent", () -> count("sent_at IS NULL") == 0);
		assertThat(this.smtp.getReceivedMessages()[0].getAllRecipients()).extracting(Object::toString)
			.containsExactly("officer-a@example.gov.cn");
		assertThat(this.mvc.perform(get("/periods/" + PERIOD).with(user("prov").roles("PROVINCE")))
			.andReturn().getResponse().getContentAsString()).doesNotContain("未能发出的通知邮件");
	}

	@Test
	void aMailStillUnsentAfterTheGiveUpTimeIsGivenUpAndShown() throws Exception {
		long id = this.notices.send(GZ, NoticeKind.APPROVED, PERIOD, PERIOD.chineseLabel() + "月报已审核通过", "谢谢。");
		// Queued two days ago: the next failure is the last.
		this.jdbi.useHandle((h) -> h.createUpdate("UPDATE mail_outbox SET created_at = :at WHERE notice_id = :id")
			.bind("at", Instant.now().minus(Duration.ofDays(2)).toString()).bind("id", id).execute());
		waitFor("the mail given up", () -> count("failed_at IS NOT NULL AND notice_id = " + id) == 1);
		assertThat(this.mvc.perform(get("/periods/" + PERIOD).with(user("prov").roles("PROVINCE")))
			.andReturn().getResponse().getContentAsString()).contains("已放弃").contains("月报已审核通过");
		startServer();
		Thread.sleep(1500); // several rounds: a given-up mail is not sent any more
		assertThat(this.smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void anAddressThatCouldAddAHeaderIsNeverSent() throws Exception {
		// Written around the site's own check, as an old or hand-edited row could be.
		account("gz-evil", GZ, "");
		this.jdbi.useHandle((h) -> h.createUpdate("UPDATE site_account SET email = :e WHERE name = 'gz-evil'")
			.bind("e", "evil@example.com\r\nBcc: everyone@example.com").execute());
		startServer();
		long id = this.notices.send(GZ, NoticeKind.RETURNED, PERIOD, "月报被退回", "原因：缺表。");
		assertThat(this.smtp.waitForIncomingEmail(30_000, 1)).isTrue();
		waitFor("the bad address given up", () -> count("failed_at IS NOT NULL AND notice_id = " + id) == 1);
		assertThat(this.smtp.getReceivedMessages()).hasSize(1);
		assertThat(GreenMailUtil.getHeaders(this.smtp.getReceivedMessages()[0])).doesNotContain("everyone@example.com");
		this.jdbi.useHandle((h) -> h.createUpdate("UPDATE site_account SET enabled = 0 WHERE name = 'gz-evil'").execute());
	}

	private void remindGuangzhou() throws Exception {
		this.mvc.perform(post("/periods/" + PERIOD + "/remind").with(user("prov").roles("PROVINCE")).with(csrf())
			.param("cities", GZ).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mail").value(true));
	}

	private void startServer() {
		this.smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
	}

	private long count(String where) {
		return this.jdbi.withHandle((h) -> h.createQuery("SELECT count(*) FROM mail_outbox WHERE " + where)
			.mapTo(Long.class).one());
	}

	private static void waitFor(String what, Supplier<Boolean> condition) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!condition.get()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("waited 60 s for " + what);
			}
			Thread.sleep(100);
		}
	}

	private void account(String name, String city, String email) {
		this.store.addAccount(name, city, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("pw-" + name + "-long"),
				Instant.now().toString());
		this.jdbi.useHandle((h) -> h.createUpdate("UPDATE site_account SET email = :e, display_name = :d WHERE name = :n")
			.bind("e", email).bind("d", name + " 测试").bind("n", name).execute());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Path temporaryRoot() {
		try {
			Path root = Files.createTempDirectory("two-coverage-mail-tests");
			Files.createDirectories(root.resolve("reports"));
			return root;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
