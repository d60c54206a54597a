package cn.gdftu.twocoverage.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gdftu.twocoverage.ChinaTime;
import cn.gdftu.twocoverage.Period;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts and notices in a real browser (Debian's chromium, as {@link DeskBrowserTests}): the province
 * officer creates a Guangzhou account and reads its one-time password off the page, reminds the cities
 * from the period's desk; the Guangzhou officer logs in with the one-time password, is made to set a
 * password of her own, and reads the reminder on her home page.
 */
class AccountsBrowserTests extends SiteContext {

	static final String PROVINCE_PASSWORD = "province-officer-pw";

	/** Last month in China time: open for uploads, nobody has sent yet. */
	final Period period = new Period(YearMonth.now(ChinaTime.ZONE).minusMonths(1));

	@LocalServerPort
	int port;

	@Autowired
	SiteStore store;

	WebDriver browser;

	@BeforeAll
	void theProvinceAccount() throws IOException {
		Chromium.assumeInstalled();
		this.store.addAccount("province-officer", null, hash(PROVINCE_PASSWORD),
				Instant.now().toString());
		this.browser = Chromium.shared(1400, 1300);
	}

	@Test
	void theProvinceCreatesAnAccountTheOfficerChangesHerPasswordAndReadsAReminder() throws IOException {
		// The province creates the Guangzhou officer's account.
		logIn("province-officer", PROVINCE_PASSWORD);
		Chromium.clickAndWait(this.browser, By.id("accounts-link"));
		this.browser.findElement(By.name("username")).sendKeys("gz-wangfang");
		new Select(this.browser.findElement(By.id("kind"))).selectByValue("city");
		new Select(this.browser.findElement(By.id("city-code"))).selectByValue("440100");
		this.browser.findElement(By.name("display_name")).sendKeys("广州市总工会 王芳");
		this.browser.findElement(By.name("email")).sendKeys("wangfang@example.gov.cn");
		Chromium.clickAndWait(this.browser, By.id("create-account"));
		String oneTime = this.browser.findElement(By.id("temporary-password")).getText();
		assertThat(oneTime).hasSize(12);
		assertThat(this.browser.findElement(By.cssSelector("tr[data-username='gz-wangfang']")).getText())
			.contains("市级", "广州市 440100", "广州市总工会 王芳", "一次性密码，尚未改密", "从未登录");
		assertThat(this.browser.findElement(By.id("trail")).getText()).contains("province-officer", "gz-wangfang", "新建账户");
		screenshot("target/accounts-created.png");

		// It reminds the cities that have not sent last month (all of them, Guangzhou ticked by default).
		this.browser.get(url("/periods/" + this.period));
		assertThat(this.browser.findElement(By.cssSelector("#remind-form input[value='440100']")).isSelected()).isTrue();
		this.browser.findElement(By.cssSelector("#remind-form input[value='440300']")).click(); // Shenzhen not this time
		org.openqa.selenium.WebElement remind = this.browser.findElement(By.id("reminder-section"));
		((org.openqa.selenium.JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView(true);", remind);
		Files.write(Path.of("target/desk-remind.png"), remind.getScreenshotAs(OutputType.BYTES));
		Chromium.clickAndWait(this.browser, By.id("remind"));
		assertThat(this.browser.findElement(By.id("notice")).getText()).contains("已向 20 个市发出催报通知");
		assertThat(this.browser.findElement(By.cssSelector("tr[data-city='440300'] td.reminded")).getText()).isEmpty();
		assertThat(this.browser.findElement(By.cssSelector("tr[data-city='440100'] td.reminded")).getText()).isNotEmpty();
		screenshot("target/desk-reminded.png");
		Chromium.clickAndWait(this.browser, By.cssSelector("header form button"));

		// The officer logs in with the one-time password and must set her own first.
		logIn("gz-wangfang", oneTime);
		assertThat(this.browser.getCurrentUrl()).endsWith("/password");
		assertThat(this.browser.findElement(By.id("one-time")).getText()).contains("一次性密码");
		this.browser.get(url("/"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/password");
		screenshot("target/password-change.png");
		this.browser.findElement(By.name("current")).sendKeys(oneTime);
		this.browser.findElement(By.name("password")).sendKeys("my-own-password-2026");
		this.browser.findElement(By.name("confirm")).sendKeys("my-own-password-2026");
		Chromium.clickAndWait(this.browser, By.id("change-password"));

		// Home: the reminder, counted in the header.
		assertThat(this.browser.findElement(By.id("password-changed")).getText()).contains("密码已更改");
		assertThat(this.browser.findElement(By.id("unread-count")).getText()).isEqualTo("1");
		String notice = this.browser.findElement(By.id("home-notices")).getText();
		assertThat(notice).contains("催报", this.period.chineseLabel() + "“两个覆盖”月报", "广州市总工会女职工部", "贵市尚未报送");
		screenshot("target/city-notice.png");
		Chromium.clickAndWait(this.browser, By.cssSelector("#home-notices button.mark-read"));
		assertThat(this.browser.getCurrentUrl()).contains("/notices");
		assertThat(this.browser.findElement(By.id("notices")).getText()).contains("已读");
		assertThat(this.browser.findElements(By.id("unread-count"))).isEmpty();
	}

	private void logIn(String account, String password) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.name("username")).sendKeys(account);
		this.browser.findElement(By.name("password")).sendKeys(password);
		Chromium.clickAndWait(this.browser, By.cssSelector("form.login button"));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private void screenshot(String file) throws IOException {
		Chromium.screenshot(this.browser, file);
	}
}
