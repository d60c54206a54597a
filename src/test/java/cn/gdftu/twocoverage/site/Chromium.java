package cn.gdftu.twocoverage.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.gdftu.twocoverage.files.FileTrees;

/**
 * Debian's chromium driven through Debian's chromedriver for the browser tests: the driver's path is
 * given, so Selenium Manager downloads nothing; the options are those that work as root on a closed
 * network (STACK-NOTES).
 */
final class Chromium {

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path BINARY = Path.of("/usr/bin/chromium");

	/** The JVM's one browser, shared by the browser test classes (see {@link #shared}). */
	private static WebDriver shared;

	private Chromium() {
	}

	/** Skips the calling test class, saying why, where the packages are missing (.ci/run installs them). */
	static void assumeInstalled() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(BINARY),
				"skipped: needs Debian's chromium and chromium-driver (/usr/bin/chromedriver); .ci/run installs them");
	}

	/** A headless browser with a fresh profile under {@code root}, its window {@code width}×{@code height}. */
	static WebDriver open(Path root, int width, int height) throws IOException {
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=" + width + "," + height,
				"--user-data-dir=" + Files.createTempDirectory(root, "chromium-profile"));
		WebDriver browser = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return browser;
	}

	/**
	 * The JVM's one browser, started on first use and quit when the JVM ends: a browser's start costs
	 * seconds, and the classes that use it run one after another. Each call hands it over with no cookies
	 * (so no session of an earlier test), on a blank page, its window {@code width}×{@code height}.
	 */
	static synchronized WebDriver shared(int width, int height) throws IOException {
		if (shared == null) {
			Path profiles = Files.createTempDirectory("two-coverage-chromium");
			WebDriver browser = open(profiles, width, height);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				browser.quit();
				try {
					FileTrees.deleteTree(profiles);
				}
				catch (IOException ex) {
					// a temporary folder the system cleans in time anyway
				}
			}));
			shared = browser;
		}
		((ChromeDriver) shared).executeCdpCommand("Network.clearBrowserCookies", Map.of());
		shared.get("about:blank");
		shared.manage().window().setSize(new Dimension(width, height));
		return shared;
	}

	/**
	 * A screenshot of the page for a person to look at, under {@code target/} (the committed copies in
	 * {@code docs/} are chosen by hand from these, so a test run never changes the checkout).
	 */
	static void screenshot(WebDriver browser, String file) throws IOException {
		Files.write(Path.of(file), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	/**
	 * Clicks what leads to another page and waits until the old page is gone, so the next look is at the
	 * new page even on a busy machine (a click on a submit button may return before the navigation).
	 */
	static void clickAndWait(WebDriver browser, By target) {
		WebElement element = browser.findElement(target);
		element.click();
		new WebDriverWait(browser, Duration.ofSeconds(60)).until((driver) -> gone(element));
	}

	/**
	 * Whether the element's page has been replaced. Chromium answers a look at an element of a page being
	 * torn down either as stale or, mid-navigation, as "Node … does not belong to the document": both
	 * mean the old page is gone.
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			String message = String.valueOf(ex.getMessage());
			if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
				return true;
			}
			throw ex;
		}
	}
}
