package cn.gdftu.twocoverage.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site in a real browser (Debian's chromium and chromedriver, driven by Selenium with the
 * driver's path given, so nothing is downloaded): a city officer logs in, uploads a return with a
 * bad row, reads what to fix, uploads the fixed return and finds it accepted and in the input folder.
 * The first upload is one workbook, the fix comes as two CSV tables.
 */
class SiteBrowserTests extends SiteContext {

	@LocalServerPort
	int port;

	@Autowired
	SiteStore store;

	WebDriver browser;

	@BeforeAll
	void account() {
		Chromium.assumeInstalled();
		this.store.addAccount("gz-officer", "440100", hash("gz-officer-password"),
				Instant.now().toString());
	}

	@BeforeEach
	void open() throws IOException {
		this.browser = Chromium.shared(1280, 1000);
	}

	@Test
	void aCityOfficerUploadsReadsWhatToFixAndUploadsAgain() throws IOException {
		Path files = Files.createDirectories(ROOT.resolve("officer"));
		Path bad = Files.write(files.resolve("广州市 月报.xlsx"),
				SiteFixtures.workbook(SiteFixtures.ONE_BAD_ROW, SiteFixtures.GOOD_CONTRACTS));
		Path fixed = Files.writeString(files.resolve("基层工会台账-改.csv"), SiteFixtures.GOOD_ORGANIZATIONS);
		Path contracts = Files.writeString(files.resolve("合同.csv"), SiteFixtures.GOOD_CONTRACTS);

		logIn();
		Chromium.clickAndWait(this.browser, By.linkText("上传 / 查看"));
		String period = this.browser.getCurrentUrl().replaceAll(".*/returns/", "");

		this.browser.findElement(By.name("workbook")).sendKeys(bad.toString());
		Chromium.clickAndWait(this.browser, By.id("send"));
		String result = this.browser.findElement(By.id("result")).getText();
		assertThat(result).contains("已采用，但有 1 行被拒绝。", "workbook.xlsx[基层工会台账]", "INCONSISTENT_COUNTS",
				"women_employees", "20");
		assertThat(this.browser.findElement(By.cssSelector("table.rejects td.num")).getText()).isEqualTo("3");
		assertThat(this.browser.findElement(By.id("rejects-csv")).getAttribute("href")).endsWith("/rejects.csv");
		Files.write(Path.of("target/site-result.png"),
				((org.openqa.selenium.TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));

		send(fixed, contracts);
		assertThat(this.browser.findElement(By.id("result")).getText()).contains("已采用，没有错误行。", "第 2 版");
		assertThat(this.browser.findElement(By.id("versions")).getText()).contains("gz-officer");
		Path stored = ROOT.resolve("input").resolve(period).resolve("440100").resolve("organizations.csv");
		assertThat(Files.readString(stored, StandardCharsets.UTF_8)).isEqualTo(SiteFixtures.GOOD_ORGANIZATIONS);
	}

	/** On real Tomcat the size limit trips before Security: the filter still answers in Chinese. */
	@Test
	void aTooLargeUploadGetsTheChinesePage() throws IOException {
		Path files = Files.createDirectories(ROOT.resolve("large"));
		Path big = Files.writeString(files.resolve("organizations.csv"),
				SiteFixtures.GOOD_ORGANIZATIONS + "x".repeat(1024 * 1024));
		Path contracts = Files.writeString(files.resolve("contracts.csv"), SiteFixtures.GOOD_CONTRACTS);
		logIn();
		Chromium.clickAndWait(this.browser, By.linkText("上传 / 查看"));
		send(big, contracts);
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("文件太大");
		assertThat(this.browser.getPageSource()).contains("没有保存任何内容").doesNotContain("Tomcat");
	}

	private void logIn() {
		this.browser.get("http://127.0.0.1:" + this.port + "/login");
		this.browser.findElement(By.name("username")).sendKeys("gz-officer");
		this.browser.findElement(By.name("password")).sendKeys("gz-officer-password");
		Chromium.clickAndWait(this.browser, By.cssSelector("form.login button"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("广州市总工会 · 月报报送");
	}

	private void send(Path organizations, Path contracts) {
		this.browser.findElement(By.name("organizations")).sendKeys(organizations.toString());
		this.browser.findElement(By.name("contracts")).sendKeys(contracts.toString());
		Chromium.clickAndWait(this.browser, By.id("send"));
	}
}
