package cn.gdftu.twocoverage.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.mockito.Mockito;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.job.JobRunner;
import cn.gdftu.twocoverage.job.PeriodRun;
import cn.gdftu.twocoverage.job.PeriodRuns;

import static cn.gdftu.twocoverage.site.SiteFixtures.CONTRACTS_HEADER;
import static cn.gdftu.twocoverage.site.SiteFixtures.ORGANIZATIONS_HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The province desk through the whole stack (security, the site's uploads, the database, the monthly
 * job, the report folder) with MockMvc. The site's clock stands at 2026-11-05 10:00 China time: the
 * October returns are due by 2026-11-10.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class DeskTests extends SiteContext {

	static final String OCTOBER = "2026-10";

	static final String GZ = "440100";

	static final String SZ = "440300";

	static final Instant NOW = Instant.parse("2026-11-05T02:00:00Z");

	/** Guangzhou: two unions, the second with more women than employees (one rejected row). */
	static final String GZ_ORGANIZATIONS = ORGANIZATIONS_HEADER
			+ "91440106000000010U,甲公司,440106,C,private,100,40,30,committee\n"
			+ "91440106000000030X,丙公司,440106,C,private,10,20,5,committee\n";

	static final String SZ_ORGANIZATIONS = ORGANIZATIONS_HEADER
			+ "91440300000000010X,深圳甲公司,440304,C,private,80,30,12,committee\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	SiteStore store;

	@Autowired
	Jdbi jdbi;

	@Autowired
	PeriodRuns runs;

	@BeforeAll
	void accountsAndReturns() throws Exception {
		CLOCK.standAt(NOW);
		for (String[] account : new String[][] { { "gz", GZ }, { "sz", SZ }, { "prov", null } }) {
			this.store.addAccount(account[0], account[1], hash("pw"), NOW.toString());
		}
		upload("gz", OCTOBER, GZ_ORGANIZATIONS).andExpect(status().isOk());
		// Dongguan's return came as files, before the site.
		Path dongguan = Files.createDirectories(INPUT.resolve(OCTOBER).resolve("441900"));
		Files.writeString(dongguan.resolve("organizations.csv"), ORGANIZATIONS_HEADER
				+ "91441900000000010X,东莞甲公司,441900,C,private,50,20,10,committee\n", StandardCharsets.UTF_8);
		Files.writeString(dongguan.resolve("contracts.csv"), CONTRACTS_HEADER, StandardCharsets.UTF_8);
	}

	org.springframework.test.web.servlet.ResultActions upload(String account, String period, String organizations)
			throws Exception {
		return this.mvc.perform(multipart("/returns/" + period)
			.file(new MockMultipartFile("organizations", "台账.csv", "text/csv", organizations.getBytes(StandardCharsets.UTF_8)))
			.file(new MockMultipartFile("contracts", "合同.csv", "text/csv", CONTRACTS_HEADER.getBytes(StandardCharsets.UTF_8)))
			.with(user(account).roles("CITY"))
			.with(csrf())
			.accept(MediaType.APPLICATION_JSON));
	}

	static MockHttpServletRequestBuilder asProvince(MockHttpServletRequestBuilder request) {
		return request.with(user("prov").roles("PROVINCE"));
	}

	int deskAudits(String action) {
		return this.jdbi.withHandle((h) -> h.createQuery("SELECT count(*) FROM desk_audit WHERE action = :a AND account = 'prov'")
			.bind("a", action).mapTo(Integer.class).one());
	}

	@Nested
	@Order(1)
	class CityAccountsAreRefused {

		@Test
		void everyProvinceRouteAnswers403() throws Exception {
			List<MockHttpServletRequestBuilder> routes = List.of(get("/periods/2026-10"),
					get("/periods/2026-10").accept(MediaType.APPLICATION_JSON), post("/periods/2026-10/lock").with(csrf()),
					post("/periods/2026-10/unlock").with(csrf()), post("/periods/2026-10/deadline").with(csrf()),
					post("/periods/2026-10/run").with(csrf()),
					get("/periods/2026-10/run").accept(MediaType.APPLICATION_JSON));
			for (MockHttpServletRequestBuilder route : routes) {
				mvc.perform(route.with(user("gz").roles("CITY"))).andExpect(status().isForbidden());
			}
			assertThat(deskAudits("lock") + deskAudits("run")).isZero();
		}

		@Test
		void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
			mvc.perform(asProvince(post("/periods/2026-10/lock"))).andExpect(status().isForbidden());
			assertThat(store.isLocked(Period.parse(OCTOBER))).isFalse();
		}

		@Test
		void aScriptWithoutAnAccountGets401() throws Exception {
			mvc.perform(get("/periods/2026-10").accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
		}

		@Test
		void theReportIsClosedToCitiesWhileThePeriodIsOpen() throws Exception {
			mvc.perform(get("/reports/2026-10/").with(user("gz").roles("CITY"))).andExpect(status().isForbidden());
		}
	}

	@Nested
	@Order(2)
	class ThePeriodPage {

		@Test
		void listsTheTwentyOneCitiesAsJson() throws Exception {
			mvc.perform(asProvince(get("/periods/2026-10")).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(21)))
				.andExpect(jsonPath("$[0].city_code").value(GZ))
				.andExpect(jsonPath("$[0].city_name").value("广州市"))
				.andExpect(jsonPath("$[0].status").value("submitted_with_rejects"))
				.andExpect(jsonPath("$[0].uploaded_at").value(NOW.toString()))
				.andExpect(jsonPath("$[0].uploaded_by").value("gz"))
				.andExpect(jsonPath("$[0].versions").value(1))
				.andExpect(jsonPath("$[0].rejected_rows").value(1))
				.andExpect(jsonPath("$[0].on_time").value(true))
				.andExpect(jsonPath("$[?(@.city_code == '440300')].status").value("missing"))
				.andExpect(jsonPath("$[?(@.city_code == '440300')].on_time").value(org.hamcrest.Matchers.contains((Object) null)))
				.andExpect(jsonPath("$[?(@.city_code == '441900')].status").value("submitted"))
				.andExpect(jsonPath("$[?(@.city_code == '441900')].as_files").value(true));
		}

		@Test
		void showsTheRatesTheCitiesAndAReminderNamingWhoIsMissing() throws Exception {
			MvcResult page = mvc.perform(asProvince(get("/periods/2026-10")))
				.andExpect(status().isOk())
				.andExpect(view().name("site/period"))
				.andExpect(content().string(containsString("<span class=\"big\" id=\"reporting-rate\">2/21</span>")))
				.andExpect(content().string(containsString("<span class=\"big\" id=\"on-time-rate\">1/21</span>")))
				.andExpect(content().string(containsString("<meta name=\"_csrf\"")))
				.andReturn();
			String html = page.getResponse().getContentAsString();
			assertThat(html).contains("data-city=\"440100\" data-status=\"submitted_with_rejects\"")
				.contains("2026-11-05 10:00:00")
				.contains("/returns/2026-10?city=440100");
			String reminder = html.substring(html.indexOf("<textarea"), html.indexOf("</textarea>"));
			assertThat(reminder).contains("截止时间为 2026-11-10 24:00（北京时间）").contains("19 个市尚未报送").contains("深圳市")
				.doesNotContain("广州市").doesNotContain("东莞市");
		}

		@Test
		void theHomePagePickerAndThePageLinkOtherPeriods() throws Exception {
			mvc.perform(asProvince(get("/periods")).param("period", "2026-09"))
				.andExpect(redirectedUrl("/periods/2026-09"));
			mvc.perform(asProvince(get("/periods/2026-10")))
				.andExpect(content().string(containsString("<a href=\"/periods/2026-09\">2026-09</a>")))
				.andExpect(content().string(containsString("<b>2026-10</b>")));
			mvc.perform(get("/").with(user("prov").roles("PROVINCE")))
				.andExpect(content().string(containsString("id=\"pick-period\"")));
		}

		@Test
		void aMalformedPeriodIs400() throws Exception {
			mvc.perform(asProvince(get("/periods/2026-13")).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isBadRequest());
		}

		/** The site's one answer to a malformed period in a URL or a picker: 400, the same message as JSON or page. */
		@Test
		void aMalformedPeriodIsRefusedWithItsMessageAsJsonAndPage() throws Exception {
			String message = "期间应为 YYYY-MM，例如 2026-10，而不是 ";
			Map<MockHttpServletRequestBuilder, String> refused = new java.util.LinkedHashMap<>();
			refused.put(get("/periods/2026-13"), message + "2026-13");
			refused.put(get("/periods/2026-1"), message + "2026-1");
			refused.put(post("/periods/2026-13/run").with(csrf()), message + "2026-13");
			refused.put(post("/periods/2026-13/lock").with(csrf()), message + "2026-13");
			refused.put(post("/periods/2026-13/deadline").with(csrf()), message + "2026-13");
			refused.put(get("/periods").param("period", "=1+1"), message + "=1+1");
			refused.put(get("/periods").param("period", ""), message);
			refused.put(get("/periods/2999-01"), "2999-01 还没有到，不能报送未来的期间");
			refused.put(get("/returns/2026-13").param("city", "440100"), message + "2026-13");
			refused.put(get("/returns/2026-13/review").param("city", "440100"), message + "2026-13");
			refused.put(get("/returns/2026-13/compare").param("city", "440100"), message + "2026-13");
			refused.put(get("/returns/pick").param("period", "2026-13").param("city", "440100"), message + "2026-13");
			refused.put(get("/reports/2026-13"), message + "2026-13");
			refused.put(get("/reports/2026-13/index.html"), message + "2026-13");
			for (Map.Entry<MockHttpServletRequestBuilder, String> request : refused.entrySet()) {
				String path = request.getKey().buildRequest(new org.springframework.mock.web.MockServletContext())
					.getRequestURI();
				mvc.perform(asProvince(request.getKey()).accept(MediaType.APPLICATION_JSON))
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.status").value(400))
					.andExpect(jsonPath("$.message").value(request.getValue()));
				MvcResult page = mvc.perform(asProvince(request.getKey()).accept(MediaType.TEXT_HTML))
					.andExpect(status().isBadRequest())
					.andExpect(view().name("site/problem"))
					.andReturn();
				assertThat(page.getResponse().getContentAsString()).as(path)
					.contains(org.springframework.web.util.HtmlUtils.htmlEscape(request.getValue()));
			}
		}
	}

	@Nested
	@Order(3)
	class Deadline {

		@Test
		void anEarlierDeadlineMakesTheUploadLateAndIsAudited() throws Exception {
			mvc.perform(asProvince(post("/periods/2026-10/deadline")).param("day", "2026-11-03").with(csrf()))
				.andExpect(redirectedUrl("/periods/2026-10"));
			mvc.perform(asProvince(get("/periods/2026-10")).accept(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$[0].on_time").value(false))
				.andExpect(jsonPath("$[0].timeliness").value("late"));
			assertThat(deskAudits("deadline")).isPositive();
			mvc.perform(asProvince(post("/periods/2026-10/deadline")).param("day", "").with(csrf()))
				.andExpect(redirectedUrl("/periods/2026-10"));
			mvc.perform(asProvince(get("/periods/2026-10")).accept(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$[0].on_time").value(true));
		}

		@Test
		void aDayBeforeThePeriodEndsIsRefused() throws Exception {
			mvc.perform(asProvince(post("/periods/2026-10/deadline")).param("day", "2026-10-15").with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("截止日期不能早于")));
		}
	}

	@Nested
	@Order(4)
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	class LockRunAndReport {

		@Test
		@Order(1)
		void aPeriodLockedMidUploadStoresNothingOfThatUpload() throws Exception {
			Path before = Files.readSymbolicLink(INPUT.resolve(OCTOBER).resolve(GZ));
			CountDownLatch checking = new CountDownLatch(1);
			CountDownLatch release = new CountDownLatch(1);
			doAnswer((call) -> {
				checking.countDown();
				release.await(1, TimeUnit.MINUTES);
				return call.callRealMethod();
			}).when(check).check(any(), any());
			CompletableFuture<MvcResult> upload = CompletableFuture.supplyAsync(() -> {
				try {
					return upload("gz", OCTOBER, GZ_ORGANIZATIONS).andReturn();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			assertThat(checking.await(1, TimeUnit.MINUTES)).isTrue();
			mvc.perform(asProvince(post("/periods/2026-10/lock")).with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.locked").value(true));
			release.countDown();
			MvcResult refused = upload.get(1, TimeUnit.MINUTES);
			Mockito.reset(check);
			assertThat(refused.getResponse().getStatus()).isEqualTo(409);
			assertThat(store.versions(Period.parse(OCTOBER), GZ)).hasSize(1);
			assertThat(Files.readSymbolicLink(INPUT.resolve(OCTOBER).resolve(GZ))).isEqualTo(before);
			try (Stream<Path> left = Files.list(INPUT.resolve(".uploads"))) {
				assertThat(left.map((p) -> p.getFileName().toString())).noneMatch((n) -> n.startsWith(".staging"));
			}
			assertThat(store.auditTrail(Period.parse(OCTOBER), GZ)).last().satisfies((a) -> assertThat(a.outcome()).isEqualTo("locked"));
			assertThat(deskAudits("lock")).isEqualTo(1);
		}

		@Test
		@Order(2)
		void aLockedPeriodRefusesUploadsWith409AndShowsTheRefusal() throws Exception {
			upload("sz", OCTOBER, SZ_ORGANIZATIONS).andExpect(status().isConflict())
				.andExpect(jsonPath("$.message").value(containsString("已被省总工会锁定")));
			mvc.perform(asProvince(get("/periods/2026-10")).accept(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$[?(@.city_code == '440300')].status").value("last_refused"))
				.andExpect(jsonPath("$[0].status").value("last_refused"));
		}

		@Test
		@Order(3)
		void runFromThePageWritesTheSameFilesAsTheCommandLine() throws Exception {
			mvc.perform(asProvince(post("/periods/2026-10/run")).with(csrf()))
				.andExpect(redirectedUrl("/periods/2026-10"));
			PeriodRun run = runs.current().orElseThrow().done().get(5, TimeUnit.MINUTES);
			assertThat(run.state()).as(run.result()).isEqualTo(PeriodRun.State.COMPLETED);
			mvc.perform(asProvince(get("/periods/2026-10")))
				.andExpect(content().string(containsString("id=\"run-status\" class=\"good\">已完成")))
				.andExpect(content().string(containsString("[2026-10] 完成：报送 2 市")))
				.andExpect(content().string(containsString("href=\"/reports/2026-10/\"")));
			mvc.perform(asProvince(get("/periods/2026-10/run")).accept(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$.state").value("completed"))
				.andExpect(jsonPath("$.started_by").value("prov"))
				.andExpect(jsonPath("$.report").value("/reports/2026-10/"));
			// The same input, database and job repository from the command line, into another folder.
			JobRunner.Outcome cli = JobRunner.run("--period", OCTOBER, "--input", INPUT.toString(), "--reports",
					ROOT.resolve("cli").toString(), "--db", DATABASE.toString());
			assertThat(cli.exit()).as(cli.stderr()).isZero();
			Map<String, byte[]> page = JobRunner.snapshot(REPORTS.resolve(OCTOBER));
			Map<String, byte[]> command = JobRunner.snapshot(ROOT.resolve("cli").resolve(OCTOBER));
			assertThat(page.keySet()).isEqualTo(command.keySet()).contains("index.html", "rejects/440100.csv");
			command.forEach((name, bytes) -> assertThat(page.get(name)).as(name).isEqualTo(bytes));
			assertThat(deskAudits("run")).isEqualTo(1);
		}

		@Test
		@Order(4)
		void theReportSaysWhoWasOnTimeAndWhichCameAsFiles() throws Exception {
			mvc.perform(asProvince(get("/reports/2026-10/")))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
				.andExpect(content().string(containsString("<b id=\"on-time-rate\">1/21</b>")))
				.andExpect(content().string(containsString("不判断是否按时：<span>东莞市</span>")));
		}

		@Test
		@Order(5)
		void theReportFolderIsServedAndNothingOutsideIt() throws Exception {
			mvc.perform(asProvince(get("/reports/2026-10"))).andExpect(redirectedUrl("/reports/2026-10/"));
			mvc.perform(asProvince(get("/reports/2026-10/coverage.csv")))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
				.andExpect(content().string(containsString("period,level,code")));
			mvc.perform(asProvince(get("/reports/2026-10/charts/completeness.png")))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "image/png"));
			// The department's documents download under their Chinese names (RFC 5987 filename*).
			mvc.perform(asProvince(get("/reports/2026-10/summary.xlsx")))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", "attachment; filename=\"summary.xlsx\"; filename*=UTF-8''"
						+ URLEncoder.encode("2026年10月两个覆盖汇总表.xlsx", StandardCharsets.UTF_8)));
			mvc.perform(asProvince(get("/reports/2026-10/bulletin.docx")))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", "attachment; filename=\"bulletin.docx\"; filename*=UTF-8''"
						+ URLEncoder.encode("2026年10月两个覆盖工作情况通报（草稿）.docx", StandardCharsets.UTF_8)));
			mvc.perform(asProvince(get("/periods/2026-10")))
				.andExpect(content().string(containsString("href=\"/reports/2026-10/summary.xlsx\"")))
				.andExpect(content().string(containsString("href=\"/reports/2026-10/bulletin.docx\"")));
			for (String outside : List.of("/reports/2026-10/../two-coverage.db", "/reports/2026-10/%2e%2e/two-coverage.db",
					"/reports/2026-10/..%2ftwo-coverage.db", "/reports/2026-10/nothing.html", "/reports/2026-10/charts",
					"/reports/2026-13/", "/reports/..%2f..%2fetc/passwd")) {
				MvcResult answer = mvc.perform(asProvince(get(outside))).andReturn();
				assertThat(answer.getResponse().getStatus()).as(outside).isIn(400, 404);
				assertThat(answer.getResponse().getContentAsString()).as(outside).doesNotContain("SQLite format");
			}
		}

		@Test
		@Order(6)
		void theFontThePagesShareIsServedToAnyAccount() throws Exception {
			Path assets = Files.createDirectories(REPORTS.resolve("assets"));
			Files.writeString(assets.resolve("OFL.txt"), "SIL Open Font License");
			mvc.perform(get("/reports/assets/OFL.txt").with(user("gz").roles("CITY")))
				.andExpect(status().isOk())
				.andExpect(content().string("SIL Open Font License"));
			MvcResult outside = mvc.perform(asProvince(get("/reports/assets/%2e%2e/two-coverage.db"))).andReturn();
			assertThat(outside.getResponse().getStatus()).isIn(400, 404);
			mvc.perform(get("/reports/assets/OFL.txt")).andExpect(status().is3xxRedirection());
		}

		@Test
		@Order(7)
		void aCityReadsTheReportOnceThePeriodIsLockedAndRun() throws Exception {
			mvc.perform(get("/reports/2026-10/").with(user("gz").roles("CITY"))).andExpect(status().isOk());
			mvc.perform(asProvince(post("/periods/2026-10/unlock")).with(csrf())).andExpect(redirectedUrl("/periods/2026-10"));
			assertThat(deskAudits("unlock")).isEqualTo(1);
			mvc.perform(get("/reports/2026-10/").with(user("gz").roles("CITY"))).andExpect(status().isForbidden())
				.andExpect(content().string(containsString("锁定本期并运行月度作业后开放")))
				.andExpect(content().string(not(containsString("Exception"))));
		}

		@Test
		@Order(8)
		void aRunThatCannotStartIsShownFailedWithTheReason() throws Exception {
			mvc.perform(asProvince(post("/periods/2026-09/run")).with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.state").value("failed"))
				.andExpect(jsonPath("$.result").value(containsString("没有这一期的输入")));
			mvc.perform(asProvince(get("/periods/2026-09")))
				.andExpect(content().string(containsString("运行失败")));
		}
	}
}
