package cn.gdftu.twocoverage.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.ingest.CityCheck;
import cn.gdftu.twocoverage.ingest.ReturnSink;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;
import cn.gdftu.twocoverage.job.JobRunner;
import cn.gdftu.twocoverage.reference.ReferenceData;

import static cn.gdftu.twocoverage.site.SiteFixtures.GOOD_CONTRACTS;
import static cn.gdftu.twocoverage.site.SiteFixtures.GOOD_ORGANIZATIONS;
import static cn.gdftu.twocoverage.site.SiteFixtures.NO_COLUMNS;
import static cn.gdftu.twocoverage.site.SiteFixtures.ONE_BAD_ROW;
import static cn.gdftu.twocoverage.site.SiteFixtures.contracts;
import static cn.gdftu.twocoverage.site.SiteFixtures.organizations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Every route and status of SPEC §9 the city side owns, through the whole stack (security, the one
 * city check, storage on disk, the database), with MockMvc.
 */
class SiteTests extends SiteContext {

	static final String GZ = "440100";

	@Autowired
	MockMvc mvc;

	@Autowired
	SiteStore store;

	@Autowired
	PeriodLocks locks;

	@BeforeAll
	void accounts() {
		add("gz", GZ);
		add("gz2", GZ);
		add("sz", "440300");
		add("prov", null);
		add("locky", GZ);
		add("gone", GZ);
		this.store.disable("gone");
	}

	private void add(String name, String city) {
		this.store.addAccount(name, city, hash(name + "-password"), Instant.now().toString());
	}

	MockMultipartHttpServletRequestBuilder upload(String period, MockMultipartFile... parts) {
		MockMultipartHttpServletRequestBuilder request = multipart("/returns/" + period);
		for (MockMultipartFile part : parts) {
			request.file(part);
		}
		return request;
	}

	MvcResult uploadAs(String account, String period, MockMultipartFile... parts) throws Exception {
		return this.mvc.perform(upload(period, parts).with(user(account)).with(csrf()).accept(MediaType.APPLICATION_JSON))
			.andReturn();
	}

	static Path current(String period, String city) {
		return INPUT.resolve(period).resolve(city);
	}

	static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	@Nested
	class Login {

		@Test
		void everyPageCarriesTheCsrfMetaTags() throws Exception {
			SiteTests.this.mvc.perform(get("/login"))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("<meta name=\"_csrf\" content=\"")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">")));
			SiteTests.this.mvc.perform(get("/returns/2026-01").with(user("gz")))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("<meta name=\"_csrf\" content=\"")));
		}

		@Test
		void goodPasswordSignsIn() throws Exception {
			SiteTests.this.mvc.perform(formLogin("/login").user("gz").password("gz-password"))
				.andExpect(redirectedUrl("/"));
		}

		@Test
		void wrongPasswordIsRefused() throws Exception {
			SiteTests.this.mvc.perform(formLogin("/login").user("gz2").password("wrong"))
				.andExpect(redirectedUrl("/login?error"));
		}

		@Test
		void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
			for (int i = 0; i < 3; i++) {
				SiteTests.this.mvc.perform(formLogin("/login").user("locky").password("wrong"))
					.andExpect(redirectedUrl("/login?error"));
			}
			SiteTests.this.mvc.perform(formLogin("/login").user("locky").password("locky-password"))
				.andExpect(redirectedUrl("/login?error"));
			assertThat(SiteTests.this.store.account("locky").orElseThrow().lockedUntil()).isNotNull();
		}

		@Test
		void aDisabledAccountCanNeitherSignInNorActOnAnOpenSession() throws Exception {
			SiteTests.this.mvc.perform(formLogin("/login").user("gone").password("gone-password"))
				.andExpect(redirectedUrl("/login?disabled"));
			// The open session ends (SPEC §13): the page goes back to the login, a script gets 401.
			SiteTests.this.mvc.perform(get("/returns/2026-01").with(user("gone"))).andExpect(redirectedUrl("/login?ended"));
			SiteTests.this.mvc.perform(get("/returns/2026-01").with(user("gone")).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isUnauthorized());
		}

		@Test
		void logoutEndsTheSession() throws Exception {
			SiteTests.this.mvc.perform(logout("/logout")).andExpect(redirectedUrl("/login?logout"));
		}

		@Test
		void browsersAreSentToLoginAndScriptsGet401() throws Exception {
			SiteTests.this.mvc.perform(get("/returns/2026-01")).andExpect(status().isFound());
			SiteTests.this.mvc.perform(get("/returns/2026-01").accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isUnauthorized());
		}
	}

	@Nested
	class Upload {

		@Test
		void anAcceptedReturnIsStoredUnderTheLayoutNamesAndBecomesCurrent() throws Exception {
			SiteTests.this.mvc.perform(upload("2026-01",
					SiteFixtures.part("organizations", "../../etc/passwd.CSV", GOOD_ORGANIZATIONS), contracts(GOOD_CONTRACTS))
				.with(user("gz")).with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.period").value("2026-01"))
				.andExpect(jsonPath("$.city_code").value(GZ))
				.andExpect(jsonPath("$.status").value("submitted"))
				.andExpect(jsonPath("$.organizations_rows").value(2))
				.andExpect(jsonPath("$.organizations_accepted").value(2))
				.andExpect(jsonPath("$.contracts_rows").value(1))
				.andExpect(jsonPath("$.contracts_accepted").value(1))
				.andExpect(jsonPath("$.rejected_rows").value(0))
				.andExpect(jsonPath("$.rejects").isEmpty());
			Path current = current("2026-01", GZ);
			assertThat(Files.isSymbolicLink(current)).isTrue();
			assertThat(read(current.resolve("organizations.csv"))).isEqualTo(GOOD_ORGANIZATIONS);
			assertThat(read(current.resolve("contracts.csv"))).isEqualTo(GOOD_CONTRACTS);
			try (var files = Files.list(current)) {
				assertThat(files.map((f) -> f.getFileName().toString())).containsExactlyInAnyOrder("organizations.csv",
						"contracts.csv");
			}
			assertThat(SiteTests.this.store.files(Period.parse("2026-01"), GZ)).extracting(ReturnFile::name, ReturnFile::size)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("organizations.csv",
						(long) GOOD_ORGANIZATIONS.getBytes(StandardCharsets.UTF_8).length),
						org.assertj.core.groups.Tuple.tuple("contracts.csv",
								(long) GOOD_CONTRACTS.getBytes(StandardCharsets.UTF_8).length));
			assertThat(SiteTests.this.store.auditTrail(Period.parse("2026-01"), GZ)).extracting(AuditEntry::outcome).contains("stored");
		}

		@Test
		void oneWorkbookIsStoredAsIsAndCheckedSheetBySheet() throws Exception {
			byte[] workbook = SiteFixtures.workbook(ONE_BAD_ROW, GOOD_CONTRACTS);
			SiteTests.this.mvc.perform(upload("2025-09", new MockMultipartFile("workbook", "广州 10月.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook))
				.with(user("gz")).with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("submitted"))
				.andExpect(jsonPath("$.organizations_accepted").value(1))
				.andExpect(jsonPath("$.contracts_accepted").value(1))
				.andExpect(jsonPath("$.rejects[0].file").value("workbook.xlsx[基层工会台账]"))
				.andExpect(jsonPath("$.rejects[0].line").value(3))
				.andExpect(jsonPath("$.rejects[0].reason").value("INCONSISTENT_COUNTS"));
			assertThat(Files.readAllBytes(current("2025-09", GZ).resolve("workbook.xlsx"))).isEqualTo(workbook);
		}

		@Test
		void rejectedRowsAreListedWithLineColumnValueAndReasonAndDownloadable() throws Exception {
			SiteTests.this.mvc.perform(upload("2026-02", organizations(ONE_BAD_ROW), contracts(GOOD_CONTRACTS))
				.with(user("gz")).with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("submitted"))
				.andExpect(jsonPath("$.rejected_rows").value(1))
				.andExpect(jsonPath("$.rejects[0].file").value("organizations.csv"))
				.andExpect(jsonPath("$.rejects[0].line").value(3))
				.andExpect(jsonPath("$.rejects[0].column").value("women_employees"))
				.andExpect(jsonPath("$.rejects[0].value").value("20"))
				.andExpect(jsonPath("$.rejects[0].reason").value("INCONSISTENT_COUNTS"));
			String csv = SiteTests.this.mvc.perform(get("/returns/2026-02/rejects.csv").with(user("gz")))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(csv).startsWith("\uFEFFfile,line,column,value,reason,message")
				.contains("organizations.csv,3,women_employees,20,INCONSISTENT_COUNTS,");
		}

		@Test
		void theResultPageShowsTheErrorsInChinese() throws Exception {
			SiteTests.this.mvc.perform(upload("2026-02", organizations(ONE_BAD_ROW), contracts(GOOD_CONTRACTS))
				.with(user("gz")).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(view().name("site/returns"))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("已采用，但有 1 行被拒绝。")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("INCONSISTENT_COUNTS")));
		}

		@Test
		void aReturnRejectedWholeIsNotStoredAndThePreviousOneStays() throws Exception {
			assertThat(uploadAs("gz", "2026-03", organizations(GOOD_ORGANIZATIONS), contracts(GOOD_CONTRACTS))
				.getResponse().getStatus()).isEqualTo(200);
			Path before = Files.readSymbolicLink(current("2026-03", GZ));
			SiteTests.this.mvc.perform(upload("2026-03", organizations(NO_COLUMNS), contracts(GOOD_CONTRACTS))
				.with(user("gz")).with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.status").value("rejected"))
				.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("employer_id")));
			assertThat(Files.readSymbolicLink(current("2026-03", GZ))).isEqualTo(before);
			assertThat(read(current("2026-03", GZ).resolve("organizations.csv"))).isEqualTo(GOOD_ORGANIZATIONS);
			assertThat(SiteTests.this.store.versions(Period.parse("2026-03"), GZ)).hasSize(1);
			try (var entries = Files.list(INPUT.resolve(".uploads/2026-03").resolve(GZ))) {
				assertThat(entries.map((p) -> p.getFileName().toString())).containsExactlyInAnyOrder("1", "rejects-1.csv");
			}
			assertThat(SiteTests.this.store.auditTrail(Period.parse("2026-03"), GZ)).extracting(AuditEntry::outcome)
				.containsExactly("stored", "rejected");
		}

		@Test
		void theMonthlyJobReadsTheCurrentUploadThroughTheLink() throws Exception {
			assertThat(uploadAs("gz", "2025-08", organizations(ONE_BAD_ROW), contracts(GOOD_CONTRACTS)).getResponse()
				.getStatus()).isEqualTo(200);
			assertThat(uploadAs("gz", "2025-08", organizations(GOOD_ORGANIZATIONS), contracts(GOOD_CONTRACTS))
				.getResponse().getStatus()).isEqualTo(200);
			Path reports = ROOT.resolve("job-reports");
			JobRunner.Outcome run = JobRunner.run("--period", "2025-08", "--input", INPUT.toString(), "--reports",
					reports.toString());
			assertThat(run.exit()).as(run.stderr()).isZero();
			assertThat(Files.readAllLines(reports.resolve("2025-08/submissions.csv"), StandardCharsets.UTF_8))
				.anySatisfy((line) -> assertThat(line).startsWith("2025-08,440100,广州市,submitted,2,2,1,1,0,"));
		}

		@Test
		void aMalformedOrFuturePeriodIs400() throws Exception {
			for (String period : List.of("2026-13", "202601", "2999-01")) {
				assertThat(uploadAs("gz", period, organizations(GOOD_ORGANIZATIONS), contracts(GOOD_CONTRACTS))
					.getResponse().getStatus()).as(period).isEqualTo(400);
			}
			SiteTests.this.mvc.perform(get("/returns/2026-13").with(user("gz"))).andExpect(status().isBadRequest());
		}

		@Test
		void aCityAccountCannotPostForAnotherCity() throws Exception {
			SiteTests.this.mvc.perform(upload("2026-04", organizations(GOOD_ORGANIZATIONS), contracts(GOOD_CONTRACTS))
				.param("city", "440300").with(user("gz")).with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isForbidden());
			assertThat(current("2026-04", "440300")).doesNotExist();
			assertThat(SiteTests.this.store.auditTrail(Period.parse("2026-04"), "440300")).extracting(AuditEntry::outcome)
				.containsExactly("forbidden");
			SiteTests.this.mvc.perform(get("/returns/2026-04").param("city", "440300").with(user("gz")))
				.andExpect(status().isForbidden());
		}

		@Test
		void aProvinceAccountNamesTheCity() throws Exception {
			SiteTests.this.mvc.perform(upload("2026-04", organizations(GOOD_ORGANIZATIONS), contracts(GOOD_CONTRACTS))
				.with(user("prov")).with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isBadRequest());
			SiteTests.this.mvc.perform(upload("2026-04", organizations(GOOD_ORGANIZATIONS), contracts(GOOD_CONTRACTS))
				.param("city", GZ).with(user("prov")).with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.city_code").value(GZ));
			assertThat(SiteTests.this.store.versions(Period.parse("2026-04"), GZ)).extracting(ReturnVersion::uploadedBy)
				.containsExactly("prov");
		}

		@Test
		void withoutTheCsrfTokenNothingIsStored() throws Exception {
			SiteTests.this.mvc.perform(upload("2026-05", organizations(GOOD_ORGANIZATIONS), contracts(GOOD_CONTRACTS))
				.with(user("gz")))
				.andExpect(status().isForbidden());
			assertThat(current("2026-05", GZ)).doesNotExist();
			assertThat(SiteTests.this.store.auditTrail(Period.parse("2026-05"), GZ)).extracting(AuditEntry::account, AuditEntry::outcome)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("gz", "forbidden"));
		}

		@Test
		void aLockedPeriodIs409() throws Exception {
			SiteTests.this.locks.lock(Period.parse("2026-06"), "prov");
			SiteTests.this.mvc.perform(upload("2026-06", organizations(GOOD_ORGANIZATIONS), contracts(GOOD_CONTRACTS))
				.with(user("gz")).with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isConflict());
			assertThat(current("2026-06", GZ)).doesNotExist();
			assertThat(SiteTests.this.store.auditTrail(Period.parse("2026-06"), GZ)).extracting(AuditEntry::outcome)
				.containsExactly("locked");
		}

		@Test
		void aTooLargeUploadIs413AndNothingIsStored() throws Exception {
			String big = GOOD_ORGANIZATIONS + "x".repeat(1024 * 1024);
			SiteTests.this.mvc.perform(upload("2026-07", organizations(big), contracts(GOOD_CONTRACTS))
				.with(user("gz")).with(csrf()))
				.andExpect(status().isContentTooLarge())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("文件太大")));
			assertThat(current("2026-07", GZ)).doesNotExist();
			assertThat(INPUT.resolve(".uploads/2026-07")).doesNotExist();
			assertThat(SiteTests.this.store.auditTrail(Period.parse("2026-07"), GZ)).extracting(AuditEntry::outcome)
				.containsExactly("too_large");
		}

		@Test
		void aVersionFolderLeftByACrashBeforeItsCommitIsReplaced() throws Exception {
			Path leftover = Files.createDirectories(INPUT.resolve(".uploads/2025-07/440100/1"));
			Files.writeString(leftover.resolve("organizations.csv"), "half-written");
			assertThat(uploadAs("gz", "2025-07", organizations(GOOD_ORGANIZATIONS), contracts(GOOD_CONTRACTS))
				.getResponse().getStatus()).isEqualTo(200);
			assertThat(read(current("2025-07", GZ).resolve("organizations.csv"))).isEqualTo(GOOD_ORGANIZATIONS);
		}

		@Test
		void noFilesIs400() throws Exception {
			assertThat(uploadAs("gz", "2026-08").getResponse().getStatus()).isEqualTo(400);
		}

		@Test
		void aFolderThatArrivedAsFilesIsKeptAsVersionZero() throws Exception {
			Path folder = Files.createDirectories(current("2026-09", GZ));
			Files.writeString(folder.resolve("organizations.csv"), ONE_BAD_ROW);
			Files.writeString(folder.resolve("contracts.csv"), GOOD_CONTRACTS);
			assertThat(uploadAs("gz", "2026-09", organizations(GOOD_ORGANIZATIONS), contracts(GOOD_CONTRACTS))
				.getResponse().getStatus()).isEqualTo(200);
			assertThat(SiteTests.this.store.versions(Period.parse("2026-09"), GZ)).extracting(ReturnVersion::version)
				.containsExactly(1, 0);
			assertThat(read(INPUT.resolve(".uploads/2026-09/440100/0/organizations.csv"))).isEqualTo(ONE_BAD_ROW);
			assertThat(read(current("2026-09", GZ).resolve("organizations.csv"))).isEqualTo(GOOD_ORGANIZATIONS);
		}
	}

	@Nested
	class Status {

		@Test
		void aReturnSentAsFilesIsSubmittedOnTheCitysPageAsOnTheDeskAndForTheJob() throws Exception {
			Path folder = Files.createDirectories(current("2025-06", "440300"));
			Files.writeString(folder.resolve("organizations.csv"), GOOD_ORGANIZATIONS);
			Files.writeString(folder.resolve("contracts.csv"), GOOD_CONTRACTS);
			SiteTests.this.mvc.perform(get("/returns/2025-06").with(user("sz")).accept(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$.status").value("submitted"))
				.andExpect(jsonPath("$.current").isEmpty());
			SiteTests.this.mvc.perform(get("/returns/2025-06").with(user("sz")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("已报送（文件夹放入，未经网站校验）")))
				.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("这一期还没有报送"))));
			SiteTests.this.mvc.perform(get("/periods/2025-06").with(user("prov").roles("PROVINCE")).accept(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$[?(@.city_code == '440300')].status").value("submitted"))
				.andExpect(jsonPath("$[?(@.city_code == '440300')].as_files").value(true))
				.andExpect(jsonPath("$[?(@.city_code == '440100')].status").value("missing"));
			assertThat(new CityCheck(ReferenceData.bundled()).check("440300", folder, ReturnSink.rejections(new ArrayList<>()))
				.status()).isEqualTo(SubmissionStatus.SUBMITTED);
		}

		@Test
		void aFolderWithNoUsableReturnIsRejectedOnTheCitysPageAndMissingOnTheDeskAsForTheJob() throws Exception {
			Path folder = Files.createDirectories(current("2025-05", "440300"));
			Files.writeString(folder.resolve("月报.xls"), "an old Excel file");
			SiteTests.this.mvc.perform(get("/returns/2025-05").with(user("sz")).accept(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$.status").value("rejected"));
			SiteTests.this.mvc.perform(get("/periods/2025-05").with(user("prov").roles("PROVINCE")).accept(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$[?(@.city_code == '440300')].status").value("missing"));
			assertThat(new CityCheck(ReferenceData.bundled()).check("440300", folder, ReturnSink.rejections(new ArrayList<>()))
				.status()).isEqualTo(SubmissionStatus.REJECTED);
		}

		@Test
		void theCitysStatusAndVersionsAsJson() throws Exception {
			uploadAs("sz", "2025-12", SiteFixtures.part("workbook", "月报.xlsx", "not really a workbook"));
			assertThat(uploadAs("gz", "2025-12", organizations(ONE_BAD_ROW), contracts(GOOD_CONTRACTS))
				.getResponse().getStatus()).isEqualTo(200);
			assertThat(uploadAs("gz", "2025-12", organizations(GOOD_ORGANIZATIONS), contracts(GOOD_CONTRACTS))
				.getResponse().getStatus()).isEqualTo(200);
			SiteTests.this.mvc.perform(get("/returns/2025-12").with(user("gz")).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.city_code").value(GZ))
				.andExpect(jsonPath("$.status").value("submitted"))
				.andExpect(jsonPath("$.current.version").value(2))
				.andExpect(jsonPath("$.current.rejected_rows").value(0))
				.andExpect(jsonPath("$.versions.length()").value(2))
				.andExpect(jsonPath("$.versions[1].rejected_rows").value(1))
				.andExpect(jsonPath("$.versions[0].files[0].sha256").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")));
			SiteTests.this.mvc.perform(get("/returns/2025-12").with(user("sz")).accept(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$.status").value("missing"))
				.andExpect(jsonPath("$.versions").isEmpty());
		}

		@Test
		void noRejectsFileBeforeAnyUpload() throws Exception {
			SiteTests.this.mvc.perform(get("/returns/2025-11/rejects.csv").with(user("gz")))
				.andExpect(status().isNotFound());
		}

		@Test
		void theProvinceHomeLeadsToEveryCity() throws Exception {
			SiteTests.this.mvc.perform(get("/").with(user("prov")))
				.andExpect(status().isOk())
				.andExpect(view().name("site/province-home"))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("湛江市")));
			SiteTests.this.mvc.perform(get("/returns/pick").param("period", "2026-01").param("city", GZ).with(user("prov")))
				.andExpect(redirectedUrl("/returns/2026-01?city=440100"));
		}

		@Test
		void theCityHomeListsTheOpenPeriods() throws Exception {
			SiteTests.this.mvc.perform(get("/").with(user("gz")))
				.andExpect(status().isOk())
				.andExpect(view().name("site/city-home"))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("广州市总工会")));
		}
	}

	@Nested
	class Race {

		/** Two uploads of one city at once: both stored as their own versions, the later one current, whole. */
		@Test
		void twoUploadsOfOneCityNeverMix() throws Exception {
			String first = GOOD_ORGANIZATIONS;
			String second = ONE_BAD_ROW;
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				List<Future<Integer>> results = new ArrayList<>();
				for (String organizations : List.of(first, second)) {
					Callable<Integer> upload = () -> {
						start.await();
						return uploadAs("gz", "2025-10", organizations(organizations), contracts(GOOD_CONTRACTS)).getResponse()
							.getStatus();
					};
					results.add(pool.submit(upload));
				}
				start.countDown();
				for (Future<Integer> result : results) {
					assertThat(result.get()).isEqualTo(200);
				}
			}
			finally {
				pool.shutdown();
			}
			List<ReturnVersion> versions = SiteTests.this.store.versions(Period.parse("2025-10"), GZ);
			assertThat(versions).extracting(ReturnVersion::version).containsExactly(2, 1);
			Path current = current("2025-10", GZ);
			assertThat(Files.readSymbolicLink(current).toString()).endsWith("/2");
			String currentOrganizations = read(current.resolve("organizations.csv"));
			assertThat(currentOrganizations).isIn(first, second);
			// The version folder holds exactly what that version's row says: one upload, not a mix.
			int expectedRejected = currentOrganizations.equals(second) ? 1 : 0;
			assertThat(versions.get(0).rejectedRows()).isEqualTo(expectedRejected);
			String other = currentOrganizations.equals(first) ? second : first;
			assertThat(read(INPUT.resolve(".uploads/2025-10/440100/1/organizations.csv"))).isEqualTo(other);
		}
	}

	static Path temporaryRoot() {
		try {
			return Files.createTempDirectory("two-coverage-site-tests");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
