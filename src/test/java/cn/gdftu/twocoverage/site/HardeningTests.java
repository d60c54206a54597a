package cn.gdftu.twocoverage.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.ingest.HostileWorkbooks;

import static cn.gdftu.twocoverage.site.SiteFixtures.GOOD_CONTRACTS;
import static cn.gdftu.twocoverage.site.SiteFixtures.GOOD_ORGANIZATIONS;
import static cn.gdftu.twocoverage.site.SiteFixtures.ORGANIZATIONS_HEADER;
import static cn.gdftu.twocoverage.site.SiteFixtures.contracts;
import static cn.gdftu.twocoverage.site.SiteFixtures.organizations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a hostile or careless user broke on the site (issue 25), one test per item, through the whole
 * stack; the multipart requests a browser cannot make go to the real server over HTTP.
 */
class HardeningTests extends SiteContext {

	static final String GZ = "440100";

	static final String SZ = "440300";

	static final String SHANTOU = "440500";

	/** This month, China time: always open to a city. */
	static final String NOW = new Period(YearMonth.now(ZoneId.of("Asia/Shanghai"))).toString();

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	SiteStore store;

	@Autowired
	PeriodLocks locks;

	@Autowired
	Jdbi jdbi;

	@Autowired
	PasswordChecks passwordChecks;

	@BeforeAll
	void accounts() {
		for (String name : List.of("gz", "gz-session", "gz-gone", "gz-http", "parallel")) {
			add(name, GZ);
		}
		add("sz", SZ);
		add("prov", null);
	}

	private void add(String name, String city) {
		this.store.addAccount(name, city, hash(name + "-password"), Instant.now().toString());
	}

	// 1. Formula injection

	@Test
	void theRejectsDownloadNeverStartsACellWithAFormula() throws Exception {
		String organizations = ORGANIZATIONS_HEADER + "91440106000000010U,甲公司,440106,C,private,100,40,30,committee\n"
				+ "91440106000000020W,=HYPERLINK(\"http://x\"),440106,C,private,=1+2,20,5,commissioner\n";
		this.mvc.perform(multipart("/returns/" + NOW).file(organizations(organizations)).file(contracts(GOOD_CONTRACTS))
			.with(user("gz")).with(csrf()).accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk());
		String csv = this.mvc.perform(get("/returns/" + NOW + "/rejects.csv").with(user("gz")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).get(3)).isEqualTo("value");
		assertThat(rows.get(1).get(3)).isEqualTo("'=1+2");
		for (CSVRecord row : rows) {
			for (String cell : row) {
				assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
			}
		}
	}

	// 2. Workbooks that inflate

	@Test
	void aWorkbookWithAHugeCellIs422ShortAndLeavesNothing() throws Exception {
		Path book = HostileWorkbooks.giantCell(ROOT.resolve("giant.xlsx"), 64 * 1024 * 1024);
		assertThat(Files.size(book)).isLessThan(200 * 1024);
		MvcResult result = this.mvc.perform(multipart("/returns/" + NOW + "?city=" + SHANTOU)
			.file(new MockMultipartFile("workbook", "月报.xlsx", "application/octet-stream", Files.readAllBytes(book)))
			.with(user("prov")).with(csrf()).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnprocessableContent()).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body.length()).isLessThan(2_000);
		assertThat(body).contains("32767 个字符").doesNotContain("99999999999");
		assertNothingStored(NOW, SHANTOU);
		assertThat(lastAudit(NOW, SHANTOU)).isEqualTo("rejected");
	}

	@Test
	void aWorkbookThatUnpacksBeyondTheLimitIs422() throws Exception {
		Path book = HostileWorkbooks.inflating(ROOT.resolve("inflating.xlsx"), 16L * 1024 * 1024);
		String period = new Period(YearMonth.parse(NOW).minusMonths(1)).toString();
		MvcResult result = this.mvc.perform(multipart("/returns/" + period)
			.file(new MockMultipartFile("workbook", "月报.xlsx", "application/octet-stream", Files.readAllBytes(book)))
			.with(user("gz")).with(csrf()).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnprocessableContent()).andReturn();
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("解压后超过 4 MB");
		assertNothingStored(period, GZ);
	}

	// 3. Lockout

	@Test
	void parallelWrongPasswordsAreCheckedOnlyUpToTheLimit() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				String password = "wrong-" + i;
				answers.add(pool.submit(() -> this.mvc.perform(formLogin("/login").user("parallel").password(password))
					.andReturn().getResponse().getRedirectedUrl()));
			}
			for (Future<String> answer : answers) {
				assertThat(answer.get()).isEqualTo("/login?error");
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.passwordChecks.wrong.stream().filter("parallel"::equals).count()).isEqualTo(3);
		// Locked now: the right password is refused, with the very answer an unknown name gets.
		this.mvc.perform(formLogin("/login").user("parallel").password("parallel-password"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin("/login").user("nobody-at-all").password("parallel-password"))
			.andExpect(redirectedUrl("/login?error"));
	}

	// 4. Closed months

	@Test
	void aCityUploadsOnlyToTheOpenMonthsAndTheProvinceToAnyUnlocked() throws Exception {
		// The shared context opens 36 months to a city (SiteContext): the 37th month back is closed.
		String old = new Period(YearMonth.parse(NOW).minusMonths(36)).toString();
		for (String period : List.of("1970-01", old)) {
			this.mvc.perform(multipart("/returns/" + period).file(organizations(GOOD_ORGANIZATIONS))
				.file(contracts(GOOD_CONTRACTS)).with(user("gz")).with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isConflict());
			assertThat(INPUT.resolve(period)).doesNotExist();
			assertThat(lastAudit(period, GZ)).isEqualTo("closed");
		}
		this.mvc.perform(multipart("/returns/" + old + "?city=" + GZ).file(organizations(GOOD_ORGANIZATIONS))
			.file(contracts(GOOD_CONTRACTS)).with(user("prov")).with(csrf()).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk());
		assertThat(this.store.auditTrail(Period.parse(old), GZ)).last()
			.satisfies((entry) -> assertThat(entry.account() + " " + entry.outcome()).isEqualTo("prov stored"));
	}

	// 5. Another city's to-do list

	@Test
	void aCityReadsOnlyItsOwnRejectsFileOfALockedAndRunPeriod() throws Exception {
		Path folder = Files.createDirectories(REPORTS.resolve("2025-02/rejects"));
		Files.writeString(folder.resolve(GZ + ".csv"), "file,line\n");
		Files.writeString(folder.resolve(SZ + ".csv"), "file,line\n");
		Files.writeString(REPORTS.resolve("2025-02/coverage.csv"), "period\n");
		this.locks.lock(Period.parse("2025-02"), "prov");
		Path index = Files.writeString(REPORTS.resolve("2025-02/index.html"), "<html>");
		Files.setLastModifiedTime(index, FileTime.from(Instant.now().plus(1, ChronoUnit.MINUTES)));
		this.mvc.perform(get("/reports/2025-02/rejects/" + GZ + ".csv").with(user("gz"))).andExpect(status().isOk());
		this.mvc.perform(get("/reports/2025-02/coverage.csv").with(user("gz"))).andExpect(status().isOk());
		this.mvc.perform(get("/reports/2025-02/rejects/" + SZ + ".csv").with(user("gz"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/reports/2025-02/rejects/" + SZ + ".csv").with(user("prov"))).andExpect(status().isOk());
	}

	// 6. Anonymous audit rows

	@Test
	void nobodysPostsAreNotUploadAuditAndNoUnvalidatedTextIsStored() throws Exception {
		int before = auditRows();
		String junk = "9".repeat(3_000);
		this.mvc.perform(multipart("/returns/" + junk + "?city=" + "x".repeat(3_000)).file(organizations(GOOD_ORGANIZATIONS)))
			.andExpect(status().isForbidden());
		this.mvc.perform(multipart("/returns/" + junk).file(organizations(GOOD_ORGANIZATIONS)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(auditRows()).isEqualTo(before);
		this.mvc.perform(multipart("/returns/" + junk + "?city=" + "y".repeat(3_000)).file(organizations(GOOD_ORGANIZATIONS))
			.with(user("prov")).with(csrf()).accept(MediaType.APPLICATION_JSON)).andExpect(status().isBadRequest());
		List<String> stored = this.jdbi.withHandle((h) -> h.createQuery(
				"SELECT period || '|' || city_code || '|' || length(detail) FROM upload_audit WHERE account = 'prov' "
						+ "AND outcome = 'bad_request'").mapTo(String.class).list());
		assertThat(stored).isNotEmpty().allSatisfy((row) -> {
			assertThat(row).startsWith("||");
			assertThat(Integer.parseInt(row.substring(2))).isLessThan(300);
		});
	}

	// 7. Damaged workbooks

	@Test
	void damagedWorkbooksAre422InChinese() throws Exception {
		for (Path book : List.of(HostileWorkbooks.relationshipOutside(ROOT.resolve("outside.xlsx")),
				HostileWorkbooks.bitFlipped(ROOT.resolve("flipped.xlsx")))) {
			String body = this.mvc.perform(multipart("/returns/" + NOW)
				.file(new MockMultipartFile("workbook", "月报.xlsx", "application/octet-stream", Files.readAllBytes(book)))
				.with(user("sz")).with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isUnprocessableContent()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(body).contains("损坏").contains("另存为").doesNotContainIgnoringCase("exception")
				.doesNotContain("com.").doesNotContain("passwd");
		}
	}

	// 8. Sessions outlive a password change

	@Test
	void aPasswordChangeOrDisablingEndsTheOpenSessions() throws Exception {
		MockHttpSession session = signIn("gz-session");
		this.mvc.perform(get("/returns/" + NOW).session(session).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk());
		// As `users password` does, from another process: only the database changes.
		this.store.setPassword("gz-session", hash("a-new-password"));
		this.mvc.perform(get("/returns/" + NOW).session(signInAgainLater(session)).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(multipart("/returns/" + NOW).file(organizations(GOOD_ORGANIZATIONS))
			.file(contracts(GOOD_CONTRACTS)).session(signIn("gz-gone")).with(csrf()))
			.andExpect(status().isOk());
		MockHttpSession gone = signIn("gz-gone");
		this.store.disable("gz-gone");
		this.mvc.perform(get("/returns/" + NOW).session(gone)).andExpect(redirectedUrl("/login?ended"));
	}

	private MockHttpSession signIn(String name) throws Exception {
		MvcResult login = this.mvc.perform(formLogin("/login").user(name).password(name + "-password"))
			.andExpect(redirectedUrl("/")).andReturn();
		return (MockHttpSession) login.getRequest().getSession(false);
	}

	/** The same session, used again after the change. */
	private static MockHttpSession signInAgainLater(MockHttpSession session) {
		return session;
	}

	// 9. Smaller ones

	@Test
	void aNulOrAnOverlongFileNameIs400AndAudited() throws Exception {
		Http http = new Http(this.port);
		http.signIn("gz-http", "gz-http-password");
		String period = new Period(YearMonth.parse(NOW).minusMonths(2)).toString();
		HttpResponse<String> nul = http.upload(period, "a\0b.csv");
		assertThat(nul.statusCode()).isEqualTo(400);
		HttpResponse<String> overlong = http.upload(period, "a".repeat(5_000) + ".csv");
		assertThat(overlong.statusCode()).isEqualTo(400);
		assertThat(overlong.body()).contains("文件名过长").doesNotContain("太大");
		assertThat(this.store.auditTrail(Period.parse(period), GZ)).extracting(AuditEntry::outcome)
			.containsExactly("bad_request", "bad_request");
		assertNothingStored(period, GZ);
	}

	@Test
	void aLineBreakInThePickedCityIs400() throws Exception {
		this.mvc.perform(get("/returns/pick").param("period", NOW).param("city", GZ + "\r\nSet-Cookie: x=1")
			.with(user("prov"))).andExpect(status().isBadRequest());
	}

	@Test
	void everyAnswerCarriesAContentSecurityAndAReferrerPolicy() throws Exception {
		Files.createDirectories(REPORTS.resolve("2025-03"));
		Files.writeString(REPORTS.resolve("2025-03/index.html"), "<html>");
		for (var request : List.of(get("/login"), get("/").with(user("gz")),
				get("/reports/2025-03/index.html").with(user("prov")), get("/reports/2025-03/none.html").with(user("prov")))) {
			this.mvc.perform(request)
				.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")))
				.andExpect(header().string("Referrer-Policy", "no-referrer"));
		}
	}

	private static void assertNothingStored(String period, String city) throws IOException {
		try (Stream<Path> left = Files.list(INPUT.resolve(".uploads"))) {
			assertThat(left.map((p) -> p.getFileName().toString())).as("staging left").noneMatch((n) -> n.startsWith(".staging"));
		}
		Path uploads = INPUT.resolve(".uploads").resolve(period).resolve(city);
		if (Files.isDirectory(uploads)) {
			try (Stream<Path> left = Files.list(uploads)) {
				assertThat(left.map((p) -> p.getFileName().toString())).as("files left in " + uploads).isEmpty();
			}
		}
	}

	private String lastAudit(String period, String city) {
		List<AuditEntry> trail = this.store.auditTrail(Period.parse(period), city);
		return trail.get(trail.size() - 1).outcome();
	}

	private int auditRows() {
		return this.jdbi.withHandle((h) -> h.createQuery("SELECT COUNT(*) FROM upload_audit").mapTo(Integer.class).one());
	}

	/** A browser-less client of the real server: cookies, the CSRF token, raw multipart bodies. */
	static final class Http {

		private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		private static final Pattern META_TOKEN = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

		private final String base;

		private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();

		private String token;

		Http(int port) {
			this.base = "http://127.0.0.1:" + port;
		}

		void signIn(String name, String password) throws IOException, InterruptedException {
			String form = "username=" + name + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
					+ "&_csrf=" + find(FORM_TOKEN, get("/login"));
			this.client.send(HttpRequest.newBuilder(URI.create(this.base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
			this.token = find(META_TOKEN, get("/"));
		}

		HttpResponse<String> upload(String period, String fileName) throws IOException, InterruptedException {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			part(body, "organizations", fileName, GOOD_ORGANIZATIONS);
			part(body, "contracts", "contracts.csv", GOOD_CONTRACTS);
			body.writeBytes("--BOUNDARY--\r\n".getBytes(StandardCharsets.UTF_8));
			return this.client.send(HttpRequest.newBuilder(URI.create(this.base + "/returns/" + period))
				.header("Content-Type", "multipart/form-data; boundary=BOUNDARY")
				.header("X-CSRF-TOKEN", this.token)
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		private static void part(ByteArrayOutputStream body, String name, String fileName, String text) {
			body.writeBytes(("--BOUNDARY\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: text/csv\r\n\r\n" + text + "\r\n").getBytes(StandardCharsets.UTF_8));
		}

		private String get(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
		}

		private static String find(Pattern pattern, String page) {
			Matcher matcher = pattern.matcher(page);
			assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
			return matcher.group(1);
		}
	}
}
