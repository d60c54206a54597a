package cn.gdftu.twocoverage.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.web.multipart.MultipartFile;

import cn.gdftu.twocoverage.ChinaTime;
import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The month from the province's side, in a real browser (Debian's chromium and chromedriver, as in
 * {@link SiteBrowserTests}): the cities have sent last month's returns through the site (the committed
 * sample's, two cities still missing, one refused), a Guangzhou officer uploads in the browser; the
 * province officer logs in, finds Guangzhou's upload on the period's page, locks the period, runs the
 * monthly job from the page, watches it finish and opens the report.
 */
class DeskBrowserTests extends SiteContext {

	static final Path SAMPLE = Path.of("input/2026-10");

	static final List<String> MISSING = List.of("441500", "445300");

	static final String REFUSED = "445100";

	static final String GZ = "440100";

	/** Last month in China time: open for uploads, its deadline the 10th of this month. */
	final Period period = new Period(YearMonth.now(ChinaTime.ZONE).minusMonths(1));

	@LocalServerPort
	int port;

	@Autowired
	SiteStore store;

	@Autowired
	Uploads uploads;

	@Autowired
	ReferenceData reference;

	WebDriver browser;

	@BeforeAll
	void theCitiesHaveSent() throws IOException {
		Chromium.assumeInstalled();
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
		this.browser = Chromium.shared(1400, 2000);
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
		Chromium.clickAndWait(this.browser, By.id("send"));
		assertThat(this.browser.findElement(By.id("result")).getText()).contains("已采用");
		Chromium.clickAndWait(this.browser, By.cssSelector("header form button"));

		// The province officer finds it on the period's page.
		logIn("province-officer");
		Chromium.clickAndWait(this.browser, By.partialLinkText(this.period.chineseLabel()));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo(this.period.chineseLabel() + " · 各市报送情况");
		assertThat(this.browser.findElement(By.id("reporting-rate")).getText()).isEqualTo("18/21");
		String guangzhou = this.browser.findElement(By.cssSelector("tr[data-city='440100']")).getText();
		assertThat(guangzhou).contains("广州市", "已报送", "officer-440100");
		assertThat(this.browser.findElement(By.cssSelector("tr[data-city='445100']")).getText()).contains("最近一次上传被拒收");
		assertThat(this.browser.findElement(By.id("reminder")).getAttribute("value")).contains("3 个市尚未报送：汕尾市、潮州市、云浮市");
		screenshot("target/desk-period.png");

		// Lock, run, watch it finish, open the report.
		Chromium.clickAndWait(this.browser, By.id("lock"));
		assertThat(this.browser.findElement(By.id("lock-state")).getText()).contains("已锁定", "province-officer");
		Chromium.clickAndWait(this.browser, By.id("run"));
		// The page reloads itself every few seconds while the run goes on.
		new WebDriverWait(this.browser, Duration.ofMinutes(5)).ignoring(StaleElementReferenceException.class).until((page) -> {
			String state = page.findElement(By.id("run-status")).getText();
			return !state.equals("运行中") ? state : null;
		});
		assertThat(this.browser.findElement(By.id("run-status")).getText()).isEqualTo("已完成");
		assertThat(this.browser.findElement(By.id("run-result")).getText()).contains("完成：报送 18 市");
		screenshot("target/desk-run.png");
		Chromium.clickAndWait(this.browser, By.id("run-report"));
		assertThat(this.browser.getTitle()).contains(this.period.chineseLabel());
		assertThat(this.browser.findElement(By.id("timeliness")).getText()).contains("/21");
	}

	private void logIn(String account) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.name("username")).sendKeys(account);
		this.browser.findElement(By.name("password")).sendKeys("pw-" + account);
		Chromium.clickAndWait(this.browser, By.cssSelector("form.login button"));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private void screenshot(String file) throws IOException {
		Chromium.screenshot(this.browser, file);
	}

	private void add(String name, String city) {
		this.store.addAccount(name, city, hash("pw-" + name), Instant.now().toString());
	}

	private static MockMultipartFile file(String city, String name) throws IOException {
		return part(name.replace(".csv", ""), Files.readAllBytes(SAMPLE.resolve(city).resolve(name)));
	}

	private static MockMultipartFile part(String name, byte[] bytes) {
		return new MockMultipartFile(name, name + ".csv", "text/csv", bytes);
	}
}
