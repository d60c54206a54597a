package cn.gdftu.twocoverage.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.notices.NoticeKind;
import cn.gdftu.twocoverage.notices.Notices;
import cn.gdftu.twocoverage.site.Account;
import cn.gdftu.twocoverage.site.SiteContext;
import cn.gdftu.twocoverage.site.SiteStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accounts, one-time passwords, sessions, notices and 催报 (SPEC §13) through the whole stack with
 * MockMvc: real form logins with their sessions, the database, no mail host (notices only). The site's
 * clock stands at 2026-11-05 10:00 China time: October is open, due 2026-11-10.
 */
class AccountsTests extends SiteContext {

	static final Instant NOW = Instant.parse("2026-11-05T02:00:00Z");

	static final String GZ = "440100";

	static final String SZ = "440300";

	static final String PROVINCE_PASSWORD = "province-secret-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	SiteStore store;

	@Autowired
	Jdbi jdbi;

	@Autowired
	Notices notices;

	static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@BeforeAll
	void accounts() {
		CLOCK.standAt(NOW);
		this.store.addAccount("prov", null, hash(PROVINCE_PASSWORD),
				NOW.toString());
		this.store.addAccount("gz", GZ, hash("gz-password-1"), NOW.toString());
		this.store.addAccount("sz", SZ, hash("sz-password-1"), NOW.toString());
	}

	static MockHttpServletRequestBuilder asProvince(MockHttpServletRequestBuilder request) {
		return request.with(user("prov").roles("PROVINCE"));
	}

	static MockHttpServletRequestBuilder asCity(MockHttpServletRequestBuilder request, String account) {
		return request.with(user(account).roles("CITY"));
	}

	/** Creates a city account as the province (JSON) and answers its one-time password. */
	String create(String username, String city, String email) throws Exception {
		MvcResult created = this.mvc.perform(asProvince(post("/accounts")).with(csrf()).accept(MediaType.APPLICATION_JSON)
			.param("username", username).param("kind", "city").param("city_code", city)
			.param("display_name", "测试 " + username).param("email", email))
			.andExpect(status().isOk())
			.andReturn();
		return JsonPath.read(created.getResponse().getContentAsString(), "$.temporary_password");
	}

	/** A real form login; answers its session. */
	MockHttpSession logIn(String username, String password, String expectedTarget) throws Exception {
		MvcResult login = this.mvc.perform(formLogin("/login").user(username).password(password))
			.andExpect(redirectedUrl(expectedTarget))
			.andReturn();
		return (MockHttpSession) login.getRequest().getSession(false);
	}

	void changePassword(MockHttpSession session, String current, String password) throws Exception {
		this.mvc.perform(post("/password").session(session).with(csrf()).param("current", current)
			.param("password", password).param("confirm", password))
			.andExpect(redirectedUrl("/"));
	}

	Account account(String name) {
		return this.store.account(name).orElseThrow();
	}

	int audits(String target, String action) {
		return this.jdbi.withHandle((h) -> h.createQuery(
				"SELECT count(*) FROM account_audit WHERE target = :t AND action = :a")
			.bind("t", target).bind("a", action).mapTo(Integer.class).one());
	}

	@Nested
	class CityAccountsAreRefused {

		@Test
		void everyAccountsRouteAnswers403() throws Exception {
			List<MockHttpServletRequestBuilder> routes = List.of(get("/accounts"),
					get("/accounts").accept(MediaType.APPLICATION_JSON),
					post("/accounts").with(csrf()).param("username", "x1").param("kind", "city").param("city_code", GZ)
						.param("display_name", "某人"),
					post("/accounts/sz/reset").with(csrf()), post("/accounts/sz/disable").with(csrf()),
					post("/accounts/sz/enable").with(csrf()), post("/accounts/sz/unlock").with(csrf()));
			for (MockHttpServletRequestBuilder route : routes) {
				mvc.perform(asCity(route, "gz")).andExpect(status().isForbidden());
			}
			assertThat(store.account("x1")).isEmpty();
			assertThat(account("sz").enabled()).isTrue();
		}

		@Test
		void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
			mvc.perform(asProvince(post("/accounts")).param("username", "nocsrf").param("kind", "city")
				.param("city_code", GZ).param("display_name", "某人")).andExpect(status().isForbidden());
			assertThat(store.account("nocsrf")).isEmpty();
		}

		@Test
		void aScriptWithoutAnAccountGets401() throws Exception {
			mvc.perform(get("/accounts").accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
			mvc.perform(get("/notices").accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
		}
	}

	@Nested
	class TheProvinceManagesAccounts {

		@Test
		void listsEveryAccountWithoutItsPassword() throws Exception {
			MvcResult list = mvc.perform(asProvince(get("/accounts")).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.username == 'gz')].kind").value(org.hamcrest.Matchers.contains("city")))
				.andExpect(jsonPath("$[?(@.username == 'gz')].city_code").value(org.hamcrest.Matchers.contains(GZ)))
				.andExpect(jsonPath("$[?(@.username == 'prov')].kind").value(org.hamcrest.Matchers.contains("province")))
				.andExpect(jsonPath("$[?(@.username == 'prov')].city_code").value(org.hamcrest.Matchers.contains((Object) null)))
				.andExpect(jsonPath("$[0].enabled").exists())
				.andExpect(jsonPath("$[0].display_name").exists())
				.andExpect(jsonPath("$[0].email").exists())
				.andExpect(jsonPath("$[0].locked_until").hasJsonPath())
				.andExpect(jsonPath("$[0].last_login_at").hasJsonPath())
				.andReturn();
			assertThat(list.getResponse().getContentAsString()).doesNotContain("bcrypt").doesNotContain("password_hash");
		}

		@Test
		void createsACityAccountWithAOneTimePasswordAnsweredOnce() throws Exception {
			MvcResult created = mvc.perform(asProvince(post("/accounts")).with(csrf()).accept(MediaType.APPLICATION_JSON)
				.with((request) -> { request.setRemoteAddr("10.1.2.3"); return request; })
				.param("username", "gz-wang").param("kind", "city").param("city_code", GZ)
				.param("display_name", "广州 王芳").param("email", "wangfang@example.gov.cn"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.username").value("gz-wang"))
				.andExpect(jsonPath("$.kind").value("city"))
				.andExpect(jsonPath("$.city_code").value(GZ))
				.andExpect(jsonPath("$.display_name").value("广州 王芳"))
				.andExpect(jsonPath("$.email").value("wangfang@example.gov.cn"))
				.andExpect(jsonPath("$.enabled").value(true))
				.andExpect(jsonPath("$.password_change_required").value(true))
				.andReturn();
			String password = JsonPath.read(created.getResponse().getContentAsString(), "$.temporary_password");
			assertThat(password).hasSize(12).matches("[A-Za-z2-9]+");
			Account stored = account("gz-wang");
			assertThat(stored.passwordHash()).startsWith("{bcrypt}").doesNotContain(password);
			assertThat(ENCODER.matches(password, stored.passwordHash())).isTrue();
			assertThat(stored.mustChangePassword()).isTrue();
			// Listed afterwards without it.
			mvc.perform(asProvince(get("/accounts")).accept(MediaType.APPLICATION_JSON))
				.andExpect(content().string(containsString("gz-wang")))
				.andExpect(content().string(not(containsString(password))));
			Map<String, Object> audit = jdbi.withHandle((h) -> h.createQuery(
					"SELECT account, at, remote_address, action, detail FROM account_audit WHERE target = 'gz-wang'")
				.mapToMap().one());
			assertThat(audit).containsEntry("account", "prov").containsEntry("at", NOW.toString())
				.containsEntry("remote_address", "10.1.2.3").containsEntry("action", "create");
			assertThat((String) audit.get("detail")).contains(GZ).contains("wangfang@example.gov.cn").doesNotContain(password);
		}

		@Test
		void createsAProvinceAccountFromAJsonBody() throws Exception {
			mvc.perform(asProvince(post("/accounts")).with(csrf()).accept(MediaType.APPLICATION_JSON)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"prov-li\",\"kind\":\"province\",\"city_code\":\"\",\"display_name\":\"省总 李明\",\"email\":\"\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.kind").value("province"))
				.andExpect(jsonPath("$.city_code").value(nullValue()))
				.andExpect(jsonPath("$.temporary_password").isString());
			assertThat(account("prov-li").isProvince()).isTrue();
		}

		@Test
		void refusesBadAccountsWith400AndAChineseMessage() throws Exception {
			String[][] bad = { { "x-bad-city", "city", "449999", "某人", "", "449999 不是广东省 21 个地级以上市之一" },
					{ "x-no-city", "city", "", "某人", "", "市级账户须填市代码" },
					{ "gz", "city", GZ, "某人", "", "账户名 gz 已存在" },
					{ "x-no-name", "city", GZ, "  ", "", "请填写姓名" },
					{ "x-bad-mail", "city", GZ, "某人", "wang@example.com\r\nBcc: all@example.com", "电子邮箱格式不对" },
					{ "x-two-mails", "city", GZ, "某人", "a@example.com,b@example.com", "电子邮箱格式不对" },
					{ "x-prov-city", "province", GZ, "某人", "", "省级账户不属于任何市" },
					{ "x-kind", "county", GZ, "某人", "", "账户类型应为 city" },
					{ "bad name!", "city", GZ, "某人", "", "账户名只能由字母" } };
			for (String[] b : bad) {
				mvc.perform(asProvince(post("/accounts")).with(csrf()).accept(MediaType.APPLICATION_JSON)
					.param("username", b[0]).param("kind", b[1]).param("city_code", b[2]).param("display_name", b[3])
					.param("email", b[4]))
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.message").value(containsString(b[5])));
			}
			assertThat(store.accounts()).extracting(Account::name).noneMatch((n) -> n.startsWith("x-") || n.contains("!"));
			assertThat(account("gz").displayName()).isEmpty(); // the duplicate changed nothing
		}

		@Test
		void thePageShowsTheOneTimePasswordOnceAndTheAuditTrail() throws Exception {
			MvcResult created = mvc.perform(asProvince(post("/accounts")).with(csrf()).param("username", "sz-chen")
				.param("kind", "city").param("city_code", SZ).param("display_name", "深圳 陈静").param("email", ""))
				.andExpect(redirectedUrl("/accounts"))
				.andExpect(flash().attributeExists("issued"))
				.andReturn();
			AccountAdmin.Issued issued = (AccountAdmin.Issued) created.getFlashMap().get("issued");
			String page = mvc.perform(asProvince(get("/accounts")).flashAttr("issued", issued))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(page).contains("id=\"temporary-password\">" + issued.temporaryPassword() + "<")
				.contains("深圳 陈静").contains("新建账户").contains("账户操作记录").contains("127.0.0.1");
			// The next visit does not show it again.
			mvc.perform(asProvince(get("/accounts")))
				.andExpect(content().string(not(containsString(issued.temporaryPassword()))));
		}

		@Test
		void answers404ForAnAccountThatDoesNotExist() throws Exception {
			for (String action : List.of("reset", "disable", "enable", "unlock")) {
				mvc.perform(asProvince(post("/accounts/nobody/" + action)).with(csrf()).accept(MediaType.APPLICATION_JSON))
					.andExpect(status().isNotFound())
					.andExpect(jsonPath("$.message").value(containsString("没有账户 nobody")));
			}
			assertThat(audits("nobody", "reset")).isZero();
		}

		@Test
		void theProvinceCannotDisableItsOwnAccount() throws Exception {
			mvc.perform(asProvince(post("/accounts/prov/disable")).with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isBadRequest());
			assertThat(account("prov").enabled()).isTrue();
		}
	}

	@Nested
	class OneTimePasswords {

		@Test
		void anAccountWithOneIsSentToPasswordUntilItSetsItsOwn() throws Exception {
			String oneTime = create("gz-otp", GZ, "");
			MockHttpSession session = logIn("gz-otp", oneTime, "/password");
			mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/password"));
			mvc.perform(get("/returns/2026-10").session(session)).andExpect(redirectedUrl("/password"));
			mvc.perform(get("/notices").session(session).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.error").value("password_change_required"));
			mvc.perform(multipart("/returns/2026-10").file(new MockMultipartFile("organizations", "a.csv", "text/csv",
					"x".getBytes(StandardCharsets.UTF_8))).session(session).with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.error").value("password_change_required"));
			mvc.perform(get("/password").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("一次性密码")));

			// Refusals: nothing changes.
			String[][] bad = { { "wrong-current", "a-new-password", "a-new-password", "当前密码不正确" },
					{ oneTime, "short-9ch", "short-9ch", "至少 10 个字符" },
					{ oneTime, "GZ-OTP", "GZ-OTP", "至少 10 个字符" },
					{ oneTime, "a-new-password", "another-password", "两次输入的新密码不一致" },
					{ oneTime, oneTime, oneTime, "不能与当前密码相同" } };
			for (String[] b : bad) {
				mvc.perform(post("/password").session(session).with(csrf()).accept(MediaType.APPLICATION_JSON)
					.param("current", b[0]).param("password", b[1]).param("confirm", b[2]))
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.message").value(containsString(b[3])));
			}
			assertThat(account("gz-otp").mustChangePassword()).isTrue();

			changePassword(session, oneTime, "gz-otp-own-password");
			assertThat(account("gz-otp").mustChangePassword()).isFalse();
			mvc.perform(get("/").session(session)).andExpect(status().isOk());
			assertThat(audits("gz-otp", "password")).isOne();
			logIn("gz-otp", "gz-otp-own-password", "/");
		}

		@Test
		void aPasswordIsNotTheUsername() throws Exception {
			String name = "gz-longname";
			String oneTime = create(name, GZ, "");
			MockHttpSession session = logIn(name, oneTime, "/password");
			mvc.perform(post("/password").session(session).with(csrf()).accept(MediaType.APPLICATION_JSON)
				.param("current", oneTime).param("password", "GZ-LongName").param("confirm", "GZ-LongName"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value(containsString("不能与账户名相同")));
		}

		@Test
		void changingAPasswordEndsTheAccountsOtherSessionsOnly() throws Exception {
			String oneTime = create("gz-two", GZ, "");
			changePassword(logIn("gz-two", oneTime, "/password"), oneTime, "first-own-password");
			MockHttpSession office = logIn("gz-two", "first-own-password", "/");
			MockHttpSession home = logIn("gz-two", "first-own-password", "/");
			MockHttpSession other = logIn("gz", "gz-password-1", "/");
			changePassword(office, "first-own-password", "second-own-password");
			mvc.perform(get("/").session(home)).andExpect(redirectedUrl("/login?ended"));
			mvc.perform(get("/").session(office)).andExpect(status().isOk());
			mvc.perform(get("/").session(other)).andExpect(status().isOk());
			mvc.perform(formLogin("/login").user("gz-two").password("first-own-password"))
				.andExpect(redirectedUrl("/login?error"));
		}

		@Test
		void aResetEndsTheSessionsAndGivesANewOneTimePassword() throws Exception {
			String oneTime = create("gz-reset", GZ, "");
			MockHttpSession session = logIn("gz-reset", oneTime, "/password");
			changePassword(session, oneTime, "own-password-1");
			MvcResult reset = mvc.perform(asProvince(post("/accounts/gz-reset/reset")).with(csrf())
				.accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.username").value("gz-reset"))
				.andExpect(jsonPath("$.password_change_required").value(true))
				.andReturn();
			String newOneTime = JsonPath.read(reset.getResponse().getContentAsString(), "$.temporary_password");
			assertThat(newOneTime).hasSize(12).isNotEqualTo(oneTime);
			mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?ended"));
			mvc.perform(get("/notices").session(logIn("gz-reset", newOneTime, "/password")).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isForbidden());
			mvc.perform(formLogin("/login").user("gz-reset").password("own-password-1")).andExpect(redirectedUrl("/login?error"));
			assertThat(audits("gz-reset", "reset")).isOne();
		}
	}

	@Nested
	class DisableEnableUnlock {

		@Test
		void disablingEndsTheSessionAndRefusesLoginUntilEnabled() throws Exception {
			String oneTime = create("gz-off", GZ, "");
			MockHttpSession session = logIn("gz-off", oneTime, "/password");
			changePassword(session, oneTime, "own-password-2");
			mvc.perform(asProvince(post("/accounts/gz-off/disable")).with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.enabled").value(false));
			mvc.perform(get("/notices").session(session).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.error").value("session_ended"));
			mvc.perform(formLogin("/login").user("gz-off").password("own-password-2"))
				.andExpect(redirectedUrl("/login?disabled"));
			mvc.perform(asProvince(post("/accounts/gz-off/enable")).with(csrf()))
				.andExpect(redirectedUrl("/accounts"))
				.andExpect(flash().attribute("notice", containsString("已启用 gz-off")));
			logIn("gz-off", "own-password-2", "/");
			assertThat(audits("gz-off", "disable") + audits("gz-off", "enable")).isEqualTo(2);
		}

		@Test
		void repeatedBadLoginsLockAndTheProvinceUnlocks() throws Exception {
			String oneTime = create("gz-lock", GZ, "");
			for (int i = 0; i < 5; i++) {
				mvc.perform(formLogin("/login").user("gz-lock").password("wrong-" + i));
			}
			mvc.perform(formLogin("/login").user("gz-lock").password(oneTime)).andExpect(redirectedUrl("/login?error"));
			mvc.perform(asProvince(get("/accounts")).accept(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$[?(@.username == 'gz-lock')].locked_until")
					.value(org.hamcrest.Matchers.contains(NOW.plusSeconds(15 * 60).toString())));
			mvc.perform(asProvince(get("/accounts")))
				.andExpect(content().string(containsString("已锁定至 2026-11-05 10:15:00")));
			mvc.perform(asProvince(post("/accounts/gz-lock/unlock")).with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.locked_until").value(nullValue()));
			logIn("gz-lock", oneTime, "/password");
			assertThat(account("gz-lock").lastLoginAt()).isEqualTo(NOW.toString());
			assertThat(audits("gz-lock", "unlock")).isOne();
		}
	}

	@Nested
	class CityNotices {

		@Test
		void aCitySeesItsNoticesReadsThemAndAnotherCityCannot() throws Exception {
			Period october = Period.parse("2026-10");
			long id = notices.send(GZ, NoticeKind.RETURNED, october, "2026年10月月报被退回",
					"原因：越秀区的台账漏报。\n请补齐后重新上传。");
			notices.send(SZ, NoticeKind.APPROVED, october, "2026年10月月报已审核通过", "谢谢。");
			mvc.perform(asCity(get("/notices"), "gz").accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.id == " + id + ")].kind").value(org.hamcrest.Matchers.contains("returned")))
				.andExpect(jsonPath("$[?(@.id == " + id + ")].period").value(org.hamcrest.Matchers.contains("2026-10")))
				.andExpect(jsonPath("$[?(@.id == " + id + ")].at").value(org.hamcrest.Matchers.contains(NOW.toString())))
				.andExpect(jsonPath("$[?(@.id == " + id + ")].subject").value(org.hamcrest.Matchers.contains("2026年10月月报被退回")))
				.andExpect(jsonPath("$[?(@.id == " + id + ")].body").value(org.hamcrest.Matchers.contains("原因：越秀区的台账漏报。\n请补齐后重新上传。")))
				.andExpect(jsonPath("$[?(@.id == " + id + ")].read").value(org.hamcrest.Matchers.contains(false)))
				.andExpect(jsonPath("$[?(@.kind == 'approved')]").isEmpty());
			mvc.perform(asCity(get("/"), "gz"))
				.andExpect(content().string(containsString("2026年10月月报被退回")))
				.andExpect(content().string(containsString("id=\"unread-count\">")));

			mvc.perform(asCity(post("/notices/" + id + "/read"), "sz").with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isForbidden());
			mvc.perform(asCity(post("/notices/999999/read"), "gz").with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isNotFound());
			mvc.perform(asCity(post("/notices/abc/read"), "gz").with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isNotFound());
			mvc.perform(asCity(post("/notices/" + id + "/read"), "gz").accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isForbidden()); // no CSRF token
			mvc.perform(asCity(post("/notices/" + id + "/read"), "gz").with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.read").value(true));
			mvc.perform(asCity(post("/notices/" + id + "/read"), "gz").with(csrf()))
				.andExpect(redirectedUrl("/notices#notice-" + id));
			mvc.perform(asCity(get("/notices"), "gz").accept(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$[?(@.id == " + id + ")].read").value(org.hamcrest.Matchers.contains(true)));
			mvc.perform(asCity(get("/notices"), "sz").accept(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
			mvc.perform(asCity(get("/notices"), "sz"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("2026年10月月报已审核通过")));
			// No mail host: notices only.
			int mails = jdbi.withHandle((h) -> h.createQuery("SELECT count(*) FROM mail_outbox").mapTo(Integer.class).one());
			assertThat(mails).isZero();
		}

		@Test
		void reviewsWordingForAReturnSentBackAndApproved() throws Exception {
			Period august = Period.parse("2026-08");
			long back = notices.returned(SZ, august, "南山区的台账缺了 3 家。");
			long approved = notices.approved(SZ, august);
			mvc.perform(asCity(get("/notices"), "sz").accept(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$[?(@.id == " + back + ")].kind").value(org.hamcrest.Matchers.contains("returned")))
				.andExpect(jsonPath("$[?(@.id == " + back + ")].subject").value(org.hamcrest.Matchers.contains("退回：2026年8月“两个覆盖”月报")))
				.andExpect(jsonPath("$[?(@.id == " + back + ")].body").value(org.hamcrest.Matchers.contains(
						"深圳市总工会女职工部：\n省总工会女职工部退回了贵市2026年8月的“两个覆盖”月报，请按下面的原因修改后重新上传。\n退回原因：南山区的台账缺了 3 家。")))
				.andExpect(jsonPath("$[?(@.id == " + approved + ")].kind").value(org.hamcrest.Matchers.contains("approved")))
				.andExpect(jsonPath("$[?(@.id == " + approved + ")].subject").value(org.hamcrest.Matchers.contains("审核通过：2026年8月“两个覆盖”月报")));
		}

		@Test
		void aSubjectThatCouldAddAMailHeaderIsRefused() {
			assertThatThrownBy(() -> notices.send(GZ, NoticeKind.REMIND, Period.parse("2026-10"),
					"催报\r\nBcc: all@example.com", "正文")).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> notices.send("449999", NoticeKind.REMIND, Period.parse("2026-10"), "催报", "正文"))
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Nested
	class Reminders {

		@Test
		void remindsEveryCityMissingByDefaultAndTheDeskShowsWhen() throws Exception {
			mvc.perform(multipart("/returns/2026-09")
				.file(new MockMultipartFile("organizations", "o.csv", "text/csv", ("employer_id,employer_name,county_code,industry,"
						+ "ownership,employees,women_employees,women_members,women_org\n"
						+ "91440106000000010U,甲公司,440106,C,private,100,40,30,committee\n").getBytes(StandardCharsets.UTF_8)))
				.file(new MockMultipartFile("contracts", "c.csv", "text/csv",
						"contract_id,scope,employer_id,effective_from,expires_on\n".getBytes(StandardCharsets.UTF_8)))
				.with(user("gz").roles("CITY")).with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk());
			String page = mvc.perform(asProvince(get("/periods/2026-09"))).andReturn().getResponse().getContentAsString();
			assertThat(page).contains("<input type=\"checkbox\" name=\"cities\" value=\"440300\" checked=\"checked\">")
				.contains("<input type=\"checkbox\" name=\"cities\" value=\"440100\">");

			mvc.perform(asProvince(post("/periods/2026-09/remind")).with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.period").value("2026-09"))
				.andExpect(jsonPath("$.reminded", hasSize(20)))
				.andExpect(jsonPath("$.reminded[0]").value("440200"));
			mvc.perform(asProvince(get("/periods/2026-09")).accept(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$[?(@.city_code == '440100')].last_reminded_at").value(org.hamcrest.Matchers.contains((Object) null)))
				.andExpect(jsonPath("$[?(@.city_code == '440300')].last_reminded_at").value(org.hamcrest.Matchers.contains(NOW.toString())));
			mvc.perform(asCity(get("/notices"), "sz").accept(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$[?(@.period == '2026-09')].kind").value(org.hamcrest.Matchers.contains("remind")))
				.andExpect(jsonPath("$[?(@.period == '2026-09')].subject").value(org.hamcrest.Matchers.contains("催报：2026年9月“两个覆盖”月报")))
				.andExpect(jsonPath("$[?(@.period == '2026-09')].body").value(org.hamcrest.Matchers.contains(
						containsString("截止时间已过，贵市尚未报送"))));
			mvc.perform(asCity(get("/notices"), "gz").accept(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$[?(@.period == '2026-09')]").isEmpty());
			assertThat(mvc.perform(asProvince(get("/periods/2026-09"))).andReturn().getResponse().getContentAsString())
				.contains("<td class=\"reminded\">2026-11-05 10:00:00</td>").contains("催报");
			String audited = jdbi.withHandle((h) -> h.createQuery(
					"SELECT detail FROM desk_audit WHERE action = 'remind' AND period = '2026-09'").mapTo(String.class).one());
			assertThat(audited).startsWith("440200 440300");
		}

		@Test
		void remindsTheChosenCitiesOnly() throws Exception {
			mvc.perform(asProvince(post("/periods/2026-08/remind")).with(csrf()).param("cities", "440100", "440300"))
				.andExpect(redirectedUrl("/periods/2026-08"))
				.andExpect(flash().attribute("notice", "已向 2 个市发出催报通知：广州市、深圳市。"));
			mvc.perform(asProvince(post("/periods/2026-07/remind")).with(csrf()).param("cities", "441900,445300")
				.accept(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$.reminded").value(org.hamcrest.Matchers.contains("441900", "445300")));
			mvc.perform(asProvince(get("/periods/2026-08")).accept(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$[?(@.last_reminded_at != null)].city_code").value(org.hamcrest.Matchers.contains(GZ, SZ)));
		}

		@Test
		void aCodeThatIsNotACityIsRefusedAndACityCannotRemind() throws Exception {
			mvc.perform(asProvince(post("/periods/2026-06/remind")).with(csrf()).param("cities", "440100", "449999")
				.accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value(containsString("449999")));
			mvc.perform(asCity(post("/periods/2026-06/remind"), "gz").with(csrf())).andExpect(status().isForbidden());
			mvc.perform(asProvince(post("/periods/2026-13/remind")).with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isBadRequest());
			assertThat(notices.lastReminded(Period.parse("2026-06"))).isEmpty();
		}
	}
}
