package cn.gdftu.twocoverage.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static cn.gdftu.twocoverage.site.ReviewFixtures.CITY;
import static cn.gdftu.twocoverage.site.ReviewFixtures.period;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §12 in a real browser (Debian's chromium and chromedriver, skipped when absent): Guangzhou uploads
 * a return with every planted change ({@link ReviewFixtures}), sees the warnings and explains them; the
 * province sends it back with a reason; Guangzhou uploads a correction; the province compares the two
 * versions and approves. Screenshots in {@code docs/}.
 */
class ReviewBrowserTests extends SiteContext {

	@LocalServerPort
	int port;

	@Autowired
	SiteStore store;

	@Autowired
	Jdbi jdbi;

	WebDriver browser;

	@BeforeAll
	void lastMonthIsStored() {
		Chromium.assumeInstalled();
		this.store.addAccount("officer-gz", CITY, hash("pw-officer-gz"), Instant.now().toString());
		this.store.addAccount("province-officer", null, hash("pw-province-officer"),
				Instant.now().toString());
		ReviewFixtures.storeLastMonth(this.jdbi, 51);
	}

	@BeforeEach
	void open() throws IOException {
		this.browser = Chromium.shared(1400, 2200);
	}

	@Test
	void explainSendBackCorrectCompareApprove() throws IOException {
		// The city uploads the return with every planted change and sees the warnings.
		logIn("officer-gz");
		this.browser.get(url("/returns/" + period()));
		send(ReviewFixtures.planted(), List.of(ReviewFixtures.contract("HT-1", 1)), "planted");
		assertThat(this.browser.findElement(By.id("upload-warnings")).getText()).contains("6 条提示");
		assertThat(this.browser.findElements(By.cssSelector(".warning-group"))).extracting((e) -> e.getAttribute("data-code"))
			.containsExactly("ROSTER_CHANGE", "HEAD_COUNT_JUMP", "COMMITTEE_DROPPED", "CONTRACT_DROPPED", "RATE_DROP");
		screenshot("target/review-city-warnings.png");
		for (String code : ReviewTests.CODES) {
			this.browser.findElement(By.id("explanation_" + code)).sendKeys("本月撤并了三个街道的基层工会 <b>" + code + "</b>");
		}
		Chromium.clickAndWait(this.browser, By.id("send-explanations"));
		assertThat(this.browser.findElement(By.id("notice")).getText()).contains("说明已保存");
		assertThat(this.browser.findElement(By.cssSelector("[data-review]")).getText()).isEqualTo("待审核");
		logOut();

		// The province sends it back with a reason.
		logIn("province-officer");
		this.browser.get(url("/periods/" + period()));
		assertThat(this.browser.findElement(By.cssSelector("tr[data-city='440100']")).getAttribute("data-review"))
			.isEqualTo("awaiting_review");
		Chromium.clickAndWait(this.browser, By.cssSelector("tr[data-city='440100'] a.review-link"));
		assertThat(this.browser.findElement(By.id("explanations")).getText()).contains("<b>HEAD_COUNT_JUMP</b>");
		this.browser.findElement(By.id("decision-return")).click();
		this.browser.findElement(By.id("reason")).sendKeys("请补报漏掉的三个街道，并核对单位1的职工人数");
		Chromium.clickAndWait(this.browser, By.id("send-decision"));
		assertThat(this.browser.findElement(By.cssSelector("[data-review]")).getText()).isEqualTo("已退回");
		screenshot("target/review-province-returned.png");
		logOut();

		// The city reads the reason and uploads a correction: the review starts again.
		logIn("officer-gz");
		this.browser.get(url("/returns/" + period()));
		assertThat(this.browser.findElement(By.id("decision")).getText()).contains("请补报漏掉的三个街道");
		send(ReviewFixtures.corrected(), ReviewFixtures.lastMonthContracts(), "corrected");
		assertThat(this.browser.findElement(By.cssSelector("#current [data-review]")).getText()).isEqualTo("待说明");
		this.browser.findElement(By.id("explanation_COMMITTEE_DROPPED")).sendKeys("单位2女职工委员会换届，暂未产生");
		this.browser.findElement(By.id("explanation_RATE_DROP")).sendKeys("同上，单位2换届期间无组织");
		Chromium.clickAndWait(this.browser, By.id("send-explanations"));
		logOut();

		// The province compares the two versions and approves.
		logIn("province-officer");
		this.browser.get(url("/returns/" + period() + "/review?city=" + CITY));
		Chromium.clickAndWait(this.browser, By.cssSelector("a[data-compare='1-2']"));
		assertThat(this.browser.findElement(By.id("compare-counts")).getText()).isEqualTo("3 / 0 / 1");
		screenshot("target/review-compare.png");
		this.browser.navigate().back();
		this.browser.findElement(By.id("decision-approve")).click();
		Chromium.clickAndWait(this.browser, By.id("send-decision"));
		assertThat(this.browser.findElement(By.cssSelector("[data-review]")).getText()).isEqualTo("已通过");
		this.browser.get(url("/periods/" + period()));
		assertThat(this.browser.findElement(By.id("review-counts")).getText()).contains("已通过 1");
		screenshot("target/review-desk.png");
	}

	private void send(List<cn.gdftu.twocoverage.ingest.Organization> unions,
			List<cn.gdftu.twocoverage.ingest.Contract> contracts, String name) throws IOException {
		Path folder = Files.createDirectories(ROOT.resolve("files").resolve(name));
		Path organizations = Files.writeString(folder.resolve("organizations.csv"),
				ReviewFixtures.organizationsCsv(unions), StandardCharsets.UTF_8);
		Path contractsFile = Files.writeString(folder.resolve("contracts.csv"), ReviewFixtures.contractsCsv(contracts),
				StandardCharsets.UTF_8);
		this.browser.findElement(By.name("organizations")).sendKeys(organizations.toAbsolutePath().toString());
		this.browser.findElement(By.name("contracts")).sendKeys(contractsFile.toAbsolutePath().toString());
		Chromium.clickAndWait(this.browser, By.id("send"));
	}

	private void logIn(String account) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.name("username")).sendKeys(account);
		this.browser.findElement(By.name("password")).sendKeys("pw-" + account);
		Chromium.clickAndWait(this.browser, By.cssSelector("form.login button"));
	}

	private void logOut() {
		Chromium.clickAndWait(this.browser, By.cssSelector("header form button"));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private void screenshot(String file) throws IOException {
		Chromium.screenshot(this.browser, file);
	}
}
