package cn.gdftu.twocoverage.site;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.files.FileTrees;
import cn.gdftu.twocoverage.store.Database;
import cn.gdftu.twocoverage.store.TestPostgres;

import static cn.gdftu.twocoverage.site.SiteFixtures.GOOD_CONTRACTS;
import static cn.gdftu.twocoverage.site.SiteFixtures.GOOD_ORGANIZATIONS;
import static cn.gdftu.twocoverage.site.SiteFixtures.contracts;
import static cn.gdftu.twocoverage.site.SiteFixtures.organizations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The collection site on PostgreSQL (SPEC §15): uploads stored with their versions and audit, a locked
 * period refused, and a lock that waits for an upload being stored (PostgreSQL has no database-wide
 * write lock: the period's advisory lock does what SQLite's IMMEDIATE transactions do).
 */
@SpringBootTest(properties = { "spring.main.web-application-type=servlet", "two-coverage.upload.open-months=36" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfEnvironmentVariable(named = "TWO_COVERAGE_TEST_PG_URL", matches = ".+",
		disabledReason = "no PostgreSQL for the tests: see .ci/postgres.sh")
class PostgresSiteTests {

	static final Path ROOT = SiteTests.temporaryRoot();

	static final String GZ = "440100";

	@Autowired
	MockMvc mvc;

	@Autowired
	SiteStore store;

	@Autowired
	PeriodLocks locks;

	@Autowired
	Jdbi jdbi;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Database database = TestPostgres.freshDatabase("site");
		registry.add("two-coverage.input", () -> ROOT.resolve("input").toString());
		registry.add("two-coverage.reports", () -> ROOT.resolve("reports").toString());
		database.springProperties(true).forEach((key, value) -> registry.add(key, () -> value));
	}

	@BeforeAll
	void accounts() {
		this.store.addAccount("gz", GZ, Passwords.ENCODER.encode("gz-password"), Instant.now().toString());
	}

	@AfterAll
	static void clean() throws IOException {
		FileTrees.deleteTree(ROOT);
	}

	@Test
	void uploadsAreStoredAsVersionsWithTheirAudit() throws Exception {
		for (int version = 1; version <= 2; version++) {
			this.mvc.perform(multipart("/returns/2026-01").file(organizations(GOOD_ORGANIZATIONS))
				.file(contracts(GOOD_CONTRACTS)).with(user("gz")).with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("submitted"))
				.andExpect(jsonPath("$.version").value(version));
		}
		assertThat(this.store.versions(Period.parse("2026-01"), GZ)).extracting(ReturnVersion::version).containsExactly(2, 1);
		assertThat(this.store.auditTrail(Period.parse("2026-01"), GZ)).extracting(AuditEntry::outcome).containsExactly("stored", "stored");
	}

	@Test
	void aLockedPeriodTakesNoUpload() throws Exception {
		assertThat(this.locks.lock(Period.parse("2026-03"), "prov")).isTrue();
		assertThat(this.locks.lock(Period.parse("2026-03"), "prov")).as("already locked").isFalse();
		MockMultipartFile organizations = organizations(GOOD_ORGANIZATIONS);
		this.mvc.perform(multipart("/returns/2026-03").file(organizations).file(contracts(GOOD_CONTRACTS))
			.with(user("gz")).with(csrf()).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isConflict());
		assertThat(this.store.versions(Period.parse("2026-03"), GZ)).isEmpty();
	}

	@Test
	void aLockWaitsForAnUploadBeingStored() throws Exception {
		CompletableFuture<Boolean> lock;
		lock = this.jdbi.inTransaction((handle) -> {
			handle.attach(SiteStore.class).holdPeriod(Period.parse("2026-02")); // as the upload's storing transaction does
			CompletableFuture<Boolean> locking = CompletableFuture.supplyAsync(() -> this.locks.lock(Period.parse("2026-02"), "prov"));
			Thread.sleep(1500);
			assertThat(locking).as("the lock waits while the period is held").isNotDone();
			assertThat(this.store.isLocked(Period.parse("2026-02"))).isFalse();
			return locking;
		});
		assertThat(lock.get(30, TimeUnit.SECONDS)).as("then takes the period").isTrue();
		assertThat(this.store.isLocked(Period.parse("2026-02"))).isTrue();
	}
}
