package cn.gdftu.twocoverage.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import cn.gdftu.twocoverage.files.FileTrees;
import cn.gdftu.twocoverage.job.Workspace;

/**
 * The one Spring context of the test classes that drive the whole site (MockMvc, real HTTP and the
 * browser): same settings, so Spring's context cache boots the site once per test JVM. Its folders and
 * database live under one temporary root per JVM; each class starts on an empty site (no rows, no
 * files) and the real clock, so no class sees another's leftovers whatever the order.
 *
 * <p>The settings every class lives with: uploads up to 1 MB, an account locked after 3 wrong passwords,
 * 36 months open to a city, a workbook unpacking to at most 4 MB; the site's clock, which a class may
 * stand still ({@link #CLOCK}); the upload check as a Mockito spy (DeskTests makes it fail once).
 * {@code MailTests} keeps a context of its own: it turns e-mail on, which AccountsTests checks is off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "two-coverage.progress=false",
				"two-coverage.upload-limit=1MB", "two-coverage.login.max-failures=3",
				"two-coverage.upload.open-months=36", "two-coverage.upload.max-unpacked=4MB" })
@AutoConfigureMockMvc
@Import(PasswordChecks.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SiteContext {

	/** The JVM's root: {@code input/}, {@code reports/} (with the database) and each class's own files. */
	public static final Path ROOT = temporaryRoot();

	public static final Path INPUT = ROOT.resolve("input");

	public static final Path REPORTS = ROOT.resolve("reports");

	public static final Path DATABASE = REPORTS.resolve("two-coverage.db");

	protected static final SettableClock CLOCK = new SettableClock();

	private static final BCryptPasswordEncoder FIXTURE_HASHING = new BCryptPasswordEncoder(4);

	@TestBean(name = "siteClock", methodName = "settableClock")
	Clock siteClock;

	@MockitoSpyBean
	UploadCheck check;

	static Clock settableClock() {
		return CLOCK;
	}

	/**
	 * A password hash as the site stores one ({@code {bcrypt}}), at BCrypt's lowest cost, for the accounts a
	 * class adds directly: logging them in checks the password as in production, in a millisecond instead
	 * of a tenth of a second. The site's own hashing (accounts it creates, passwords changed) is unchanged.
	 */
	protected static String hash(String password) {
		return "{bcrypt}" + FIXTURE_HASHING.encode(password);
	}

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("two-coverage.input", INPUT::toString);
		registry.add("two-coverage.reports", REPORTS::toString);
		registry.add("spring.datasource.url", () -> Workspace.url(DATABASE) + "&transaction_mode=IMMEDIATE");
	}

	/** An empty site on the real clock: every table but the migrations' history and Batch's sequences. */
	@BeforeAll
	void emptySite(@Autowired Jdbi jdbi) throws IOException {
		CLOCK.run();
		jdbi.useTransaction((handle) -> {
			handle.execute("PRAGMA defer_foreign_keys = ON");
			List<String> tables = handle.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
					+ "AND name NOT LIKE 'sqlite%' AND name NOT LIKE '%_SEQ' AND name <> 'flyway_schema_history'")
				.mapTo(String.class)
				.list();
			for (String table : tables) {
				handle.execute("DELETE FROM \"" + table + "\"");
			}
		});
		empty(INPUT, List.of());
		empty(REPORTS, List.of(DATABASE.getFileName().toString()));
	}

	private static void empty(Path folder, List<String> kept) throws IOException {
		Files.createDirectories(folder);
		try (Stream<Path> entries = Files.list(folder)) {
			for (Path entry : entries.toList()) {
				if (kept.stream().noneMatch((name) -> entry.getFileName().toString().startsWith(name))) {
					FileTrees.deleteTree(entry);
				}
			}
		}
	}

	private static Path temporaryRoot() {
		try {
			Path root = Files.createTempDirectory("two-coverage-site-tests");
			Files.createDirectories(root.resolve("reports"));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					FileTrees.deleteTree(root);
				}
				catch (IOException ex) {
					// a temporary folder the system cleans in time anyway
				}
			}));
			return root;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
