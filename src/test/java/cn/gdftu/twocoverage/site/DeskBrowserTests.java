package cn.gdftu.twocoverage.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.multipart.MultipartFile;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.job.Workspace;
import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.report.PeriodReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The month from the province's side, in a real browser (Debian's chromium and chromedriver, as in
 * {@link SiteBrowserTests}): the cities have sent last month's returns through the site (the committed
 * sample's, two cities still missing, one refused), a Guangzhou officer uploads in the browser; the
 * province officer logs in, finds Guangzhou's upload on the period's page, locks the period, runs the
 * monthly job from the page, watches it finish and opens the report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "two-coverage.progress=false" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskBrowserTests {

	static final Path ROOT = DeskTests.temporaryRoot();

	static final Path SAMPLE = Path.of("input/2026-10");

	static final List<String> MISSING = List.of("441500", "445300");

	static final String REFUSED = "445100";

	static final String GZ = "440100";

	/** Last month in China time: open for uploads, its deadline the 10th of this month. */
	final Period period = new Period(YearMonth.now(SiteConfiguration.CHINA).minusMonths(1));

	@LocalServerPort
	int port;

	@Autowired
	SiteStore store;

	@Autowired
	Uploads uploads;

	@Autowired
	ReferenceData reference;

	WebDriver browser;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("two-coverage.input", () -> ROOT.resolve("input").toString());
		registry.add("two-coverage.reports", () -> ROOT.resolve("reports").toString());
		registry.add("spring.datasource.url",
				() -> Workspace.url(ROOT.resolve("reports/two-coverage.db")) + "&transaction_mode=IMMEDIATE");
	}

	@BeforeAll
	void theCitiesHaveSent() throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(SiteBrowserTests.CHROMEDRIVER)
				&& Files.isExecutable(SiteBrowserTests.CHROMIUM),
				"skipped: needs Debian's chromium and chromium-driver (/usr/bin/chromedriver); .ci/run installs them");
		add("province-officer", null);
		for (Division city : this.reference.cities()) {
			add("officer-" + city.code(), city.code());
			if (MISSING.contains(city.code()) || GZ.equals(city.code())) {
				continue;
			}
			Map<String, MultipartFile> parts = REFUSED.equals(city.code())
					? Map.of("organizations", part("organizations", "名称,备注\n甲,乙\n".getBytes()), "contracts",
							part("contracts", Files.readAllBytes(SAMPLE.resolve(city.code()).resolve("contracts.csv"))))
					: Map.of("organizations", file(city.code(), "organizations.csv"), "contracts",
							file(city.code(), "contracts.csv"));
			this.uploads.upload(new UsernamePasswordAuthenticationToken("officer-" + city.code(), null, List.of()),
					this.period.toString(), null, parts, "127.0.0.1");
		}
	}

	@BeforeEach
	void open() throws IOException {
		System.setProperty("webdriver.chrome.driver", SiteBrowserTests.CHROMEDRIVER.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(SiteBrowserTests.CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1400,2000",
				"--user-data-dir=" + Files.createTempDirectory(ROOT, "chromium-profile"));
		this.browser = new ChromeDriver(new ChromeDriverService.Builder()
			.usingDriverExecutable(SiteBrowserTests.CHROMEDRIVER.toFile())
			.build(), options);
		this.browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
	}

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@AfterAll
	static void clean() {
		PeriodReport.deleteTree(ROOT);
	}

	@Test
	void theProvinceSeesTheUploadLocksRunsAndOpensTheReport() throws IOException {
		// A Guangzhou officer sends the city's return in the browser.
		logIn("officer-" + GZ);
		this.browser.get(url("/returns/" + this.period));
		this.browser.findElement(By.name("organizations")).sendKeys(SAMPLE.resolve(GZ).resolve("organizations.csv")
			.toAbsolutePath().toString());
		this.browser.findElement(By.name("contracts")).sendKeys(SAMPLE.resolve(GZ).resolve("contracts.csv")
			.toAbsolutePath().toString());
		this.browser.findElement(By.id("send")).click();
		assertThat(this.browser.findElement(By.id("result")).getText()).contains("已采用");
		this.browser.findElement(By.cssSelector("header form button")).click();

		// The province officer finds it on the period's page.
		logIn("province-officer");
		this.browser.findElement(By.partialLinkText(this.period.chineseLabel())).click();
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo(this.period.chineseLabel() + " · 各市报送情况");
		assertThat(this.browser.findElement(By.id("reporting-rate")).getText()).isEqualTo("18/21");
		String guangzhou = this.browser.findElement(By.cssSelector("tr[data-city='440100']")).getText();
		assertThat(guangzhou).contains("广州市", "已报送", "officer-440100");
		assertThat(this.browser.findElement(By.cssSelector("tr[data-city='445100']")).getText()).contains("最近一次上传被拒收");
		assertThat(this.browser.findElement(By.id("reminder")).getAttribute("value")).contains("3 个市尚未报送：汕尾市、潮州市、云浮市");
		screenshot("target/desk-period.png");

		// Lock, run, watch it finish, open the report.
		this.browser.findElement(By.id("lock")).click();
		assertThat(this.browser.findElement(By.id("lock-state")).getText()).contains("已锁定", "province-officer");
		this.browser.findElement(By.id("run")).click();
		new WebDriverWait(this.browser, Duration.ofMinutes(5)).until((page) -> {
			String state = page.findElement(By.id("run-status")).getText();
			return !state.equals("运行中") ? state : null;
		});
		assertThat(this.browser.findElement(By.id("run-status")).getText()).isEqualTo("已完成");
		assertThat(this.browser.findElement(By.id("run-result")).getText()).contains("完成：报送 18 市");
		screenshot("target/desk-run.png");
		this.browser.findElement(By.id("run-report")).click();
		assertThat(this.browser.getTitle()).contains(this.period.chineseLabel());
		assertThat(this.browser.findElement(By.id("timeliness")).getText()).contains("/21");
	}

	private void logIn(String account) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.name("username")).sendKeys(account);
		this.browser.findElement(By.name("password")).sendKeys("pw-" + account);
		this.browser.findElement(By.cssSelector("form.login button")).click();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private void screenshot(String file) throws IOException {
		Files.write(Path.of(file), ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
	}

	private void add(String name, String city) {
		this.store.addAccount(name, city, UsersCommand.ENCODER.encode("pw-" + name), Instant.now().toString());
	}

	private static MockMultipartFile file(String city, String name) throws IOException {
		return part(name.replace(".csv", ""), Files.readAllBytes(SAMPLE.resolve(city).resolve(name)));
	}

	private static MockMultipartFile part(String name, byte[] bytes) {
		return new MockMultipartFile(name, name + ".csv", "text/csv", bytes);
	}
}
