package cn.gdftu.twocoverage.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.Mockito;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.review.Reviews;
import cn.gdftu.twocoverage.store.Database;
import cn.gdftu.twocoverage.store.OlderSchema;
import cn.gdftu.twocoverage.store.Stores;
import cn.gdftu.twocoverage.store.TestPostgres;
import cn.gdftu.twocoverage.timeliness.Deadline;
import cn.gdftu.twocoverage.timeliness.Deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

/**
 * The desk's row per city and period ({@code current_return}, migration 6) on a bare Jdbi: kept by an
 * upload stored, an upload refused and a re-upload; filled by the migration from what a database of the
 * previous release holds, so that the desk shows the same after the upgrade as a database kept live.
 */
class CurrentReturnStoreTests {

	static final String OCTOBER = "2026-10";

	static final String GZ = "440100";

	static final String SZ = "440300";

	static final String ZH = "440400";

	static final String ST = "440500";

	static final String FS = "440600";

	static final String SG = "440200";

	@TempDir
	Path root;

	/** A database at this release's schema, made once: each test starts on a copy (the migrations are the slow part). */
	private static Path migrated;

	@BeforeAll
	static void migrateOnce(@TempDir Path folder) {
		migrated = folder.resolve("migrated.db");
		Stores.jdbi(Database.sqlite(migrated).dataSource());
	}

	// ---- the row's updates

	@Test
	void anUploadStoredMakesItsVersionCurrentAndItsAttemptTheLast() {
		Jdbi jdbi = sqlite();
		store(jdbi, version(GZ, 1, "gz", "2026-11-02T01:00:00Z", 0), true);

		assertThat(row(jdbi, GZ)).isEqualTo(new CurrentReturnStore.Row(OCTOBER, GZ, 1, "gz", "2026-11-02T01:00:00Z",
				SubmissionStatus.SUBMITTED, 5, 5, 3, 3, 0, "已采用", "gz", "2026-11-02T01:00:00Z", 1, "gz",
				"2026-11-02T01:00:00Z", "stored", false, "已采用"));
	}

	@Test
	void aRefusedUploadIsTheLastAttemptAndKeepsTheCurrentVersion() {
		Jdbi jdbi = sqlite();
		store(jdbi, version(GZ, 1, "gz", "2026-11-02T01:00:00Z", 0), true);
		refuse(jdbi, "2026-11-03T01:00:00Z", "gz-2", GZ, UploadAudit.REJECTED, "整份退回：缺少专项集体合同表");

		CurrentReturnStore.Row row = row(jdbi, GZ);
		assertThat(row.current()).isEqualTo(version(GZ, 1, "gz", "2026-11-02T01:00:00Z", 0));
		assertThat(row.versions()).isEqualTo(1);
		assertThat(row.refusal()).isEqualTo(new DeskStore.Attempt(GZ, "gz-2", "2026-11-03T01:00:00Z", "rejected",
				"整份退回：缺少专项集体合同表"));
		assertThat(auditOutcomes(jdbi, GZ)).containsExactly("stored", "rejected");
	}

	@Test
	void aReUploadIsCurrentAgainAndTheRefusalIsOver() {
		Jdbi jdbi = sqlite();
		store(jdbi, version(GZ, 1, "gz", "2026-11-02T01:00:00Z", 0), true);
		refuse(jdbi, "2026-11-03T01:00:00Z", "gz", GZ, UploadAudit.LOCKED, "已锁定");
		store(jdbi, version(GZ, 2, "gz-2", "2026-11-04T01:00:00Z", 2), true);

		CurrentReturnStore.Row row = row(jdbi, GZ);
		assertThat(row.current()).isEqualTo(version(GZ, 2, "gz-2", "2026-11-04T01:00:00Z", 2));
		assertThat(row.firstUploadedAt()).isEqualTo("2026-11-02T01:00:00Z");
		assertThat(row.firstUploadedBy()).isEqualTo("gz");
		assertThat(row.versions()).isEqualTo(2);
		assertThat(row.lastRefused()).isFalse();
		assertThat(row.refusal()).isNull();
		assertThat(row.lastAttemptAt()).isEqualTo("2026-11-04T01:00:00Z");
	}

	@Test
	void aCityThatWasOnlyRefusedHasNoVersion() {
		Jdbi jdbi = sqlite();
		refuse(jdbi, "2026-11-03T01:00:00Z", "zh", ZH, UploadAudit.TOO_LARGE, "over 20MB");

		CurrentReturnStore.Row row = row(jdbi, ZH);
		assertThat(row.current()).isNull();
		assertThat(row.versions()).isZero();
		assertThat(row.firstUploadedAt()).isNull();
		assertThat(row.refusal()).isEqualTo(new DeskStore.Attempt(ZH, "zh", "2026-11-03T01:00:00Z", "too_large",
				"over 20MB"));
	}

	@Test
	void requestsRefusedAsRequestsLeaveTheRowAlone() {
		Jdbi jdbi = sqlite();
		store(jdbi, version(GZ, 1, "gz", "2026-11-02T01:00:00Z", 0), true);
		CurrentReturnStore.Row stored = row(jdbi, GZ);
		for (String outcome : List.of(UploadAudit.FORBIDDEN, UploadAudit.BAD_REQUEST, UploadAudit.CLOSED,
				UploadAudit.ERROR)) {
			refuse(jdbi, "2026-11-03T01:00:00Z", "gz", GZ, outcome, "x");
		}
		refuse(jdbi, "2026-11-03T01:00:00Z", "gz", "999999", UploadAudit.REJECTED, "not a city");

		assertThat(jdbi.onDemand(CurrentReturnStore.class).ofPeriod(Period.parse(OCTOBER))).containsExactly(stored);
		assertThat(auditOutcomes(jdbi, GZ)).containsExactly("stored", "forbidden", "bad_request", "closed", "error");
	}

	@Test
	void aStoringTransactionRolledBackLeavesNoRow() {
		Jdbi jdbi = sqlite();
		try {
			jdbi.useTransaction((handle) -> {
				handle.attach(SiteStore.class).addVersion(version(GZ, 1, "gz", "2026-11-02T01:00:00Z", 0));
				handle.attach(CurrentReturnStore.class).stored(Period.parse(OCTOBER), GZ, 1);
				throw new IOException("publishing the folder failed");
			});
		}
		catch (IOException expected) {
			// as in Uploads.store: nothing of the version remains
		}
		assertThat(jdbi.onDemand(CurrentReturnStore.class).ofPeriod(Period.parse(OCTOBER))).isEmpty();
	}

	// ---- the migration

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void theMigrationFillsTheRowsThePreviousDeskDerived(String vendor) throws IOException {
		Database database = database(vendor, "v5");
		Jdbi v5 = OlderSchema.at(database.dataSource(), "5");
		uploads(v5, false);

		Jdbi jdbi = Stores.jdbi(database.dataSource());

		Map<String, CurrentReturnStore.Row> rows = rows(jdbi);
		assertThat(rows.keySet()).containsExactly(GZ, SZ, ZH, ST);
		assertThat(rows.get(GZ)).isEqualTo(new CurrentReturnStore.Row(OCTOBER, GZ, 2, "gz-2", "2026-11-04T01:00:00Z",
				SubmissionStatus.SUBMITTED, 5, 3, 3, 3, 2, "有 2 行被拒绝", "gz", "2026-11-02T01:00:00Z", 2, "gz-2",
				"2026-11-04T01:00:00Z", "stored", false, "有 2 行被拒绝"));
		assertThat(rows.get(SZ).current()).isEqualTo(version(SZ, 1, "sz", "2026-11-02T03:00:00Z", 0));
		assertThat(rows.get(SZ).refusal()).isEqualTo(new DeskStore.Attempt(SZ, "sz", "2026-11-06T01:00:00Z", "locked",
				"2026年10月已锁定"));
		assertThat(rows.get(ZH).current()).isNull();
		assertThat(rows.get(ZH).versions()).isZero();
		assertThat(rows.get(ZH).refusal()).isEqualTo(new DeskStore.Attempt(ZH, "zh", "2026-11-03T01:00:00Z",
				"too_large", "over 20MB"));
		assertThat(rows.get(ST).current()).isEqualTo(version(ST, 1, "st", "2026-11-05T01:00:00Z", 0));
		assertThat(rows.get(ST).versions()).as("the adopted folder, version 0, is not counted").isEqualTo(1);
		assertThat(rows.get(ST).firstUploadedAt()).isEqualTo("2026-11-05T01:00:00Z");

		// The same uploads through this release's code leave the same rows.
		Jdbi live = "sqlite".equals(vendor) ? sqlite() : Stores.jdbi(database(vendor, "live").dataSource());
		uploads(live, true);
		assertThat(rows(live)).isEqualTo(rows);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void theDeskOfAnUpgradedDatabaseShowsWhatItShowedBefore(String vendor) throws IOException {
		Database database = database(vendor, "desk");
		uploads(OlderSchema.at(database.dataSource(), "5"), false);
		Path input = this.root.resolve("input");
		Path byHand = Files.createDirectories(input.resolve(OCTOBER).resolve(SG));
		Files.writeString(byHand.resolve("organizations.csv"), "employer_id\n");
		Files.writeString(byHand.resolve("contracts.csv"), "contract_id\n");

		List<Map<String, Object>> cities = desk(Stores.jdbi(database.dataSource()), input).cities().stream()
			.filter((c) -> List.of(GZ, SG, SZ, ZH, ST, FS).contains(c.code()))
			.map(ProvinceDesk.CityRow::json)
			.toList();

		// What the previous release's desk gave for these uploads (DeskTests checks the same statuses live).
		assertThat(cities).extracting((c) -> c.get("city_code") + " " + c.get("status") + " " + c.get("versions") + " "
				+ c.get("rejected_rows") + " " + c.get("uploaded_at") + " " + c.get("first_uploaded_at") + " "
				+ c.get("as_files") + " " + c.get("timeliness"))
			.containsExactly(
					"440100 submitted_with_rejects 2 2 2026-11-04T01:00:00Z 2026-11-02T01:00:00Z false on_time",
					"440200 submitted 0 0 null null true unknown",
					"440300 last_refused 1 0 2026-11-02T03:00:00Z 2026-11-02T03:00:00Z false on_time",
					"440400 last_refused 0 0 null null false due",
					"440500 submitted 1 0 2026-11-05T01:00:00Z 2026-11-05T01:00:00Z false on_time",
					"440600 missing 0 0 null null false due");
	}

	// ---- the uploads of the tests

	private static ReturnVersion version(String city, int number, String by, String at, int rejectedRows) {
		return new ReturnVersion(OCTOBER, city, number, by, at, SubmissionStatus.SUBMITTED, 5, 5 - rejectedRows, 3, 3,
				rejectedRows, (rejectedRows == 0) ? "已采用" : "有 " + rejectedRows + " 行被拒绝");
	}

	/**
	 * The same uploads, as the previous release stored them ({@code live} false: its SQL only, on a database
	 * at migration 5) or as this release does: Guangzhou stored, refused, stored again with rejected rows,
	 * then forbidden; Shenzhen stored then refused after the lock; Zhuhai only too large; Shantou's folder
	 * adopted at its first upload; Foshan's request malformed; one attempt for no city.
	 */
	private void uploads(Jdbi jdbi, boolean live) {
		store(jdbi, version(GZ, 1, "gz", "2026-11-02T01:00:00Z", 0), live);
		attempt(jdbi, live, "2026-11-03T01:00:00Z", "gz", GZ, UploadAudit.REJECTED, "整份退回：缺少专项集体合同表");
		store(jdbi, version(GZ, 2, "gz-2", "2026-11-04T01:00:00Z", 2), live);
		attempt(jdbi, live, "2026-11-04T02:00:00Z", "sz", GZ, UploadAudit.FORBIDDEN, "只能报送本市");
		store(jdbi, version(SZ, 1, "sz", "2026-11-02T03:00:00Z", 0), live);
		attempt(jdbi, live, "2026-11-06T01:00:00Z", "sz", SZ, UploadAudit.LOCKED, "2026年10月已锁定");
		attempt(jdbi, live, "2026-11-03T01:00:00Z", "zh", ZH, UploadAudit.TOO_LARGE, "over 20MB");
		jdbi.useTransaction((handle) -> handle.attach(SiteStore.class).addVersion(new ReturnVersion(OCTOBER, ST, 0,
				"（文件夹）", "2026-11-01T00:00:00Z", null, 0, 0, 0, 0, 0, "网站启用前直接放入输入文件夹的文件，未经网站校验")));
		store(jdbi, version(ST, 1, "st", "2026-11-05T01:00:00Z", 0), live);
		attempt(jdbi, live, "2026-11-05T02:00:00Z", "fs", FS, UploadAudit.BAD_REQUEST, "没有收到文件");
		attempt(jdbi, live, "2026-11-05T03:00:00Z", "fs", "", UploadAudit.TOO_LARGE, "");
	}

	/** A version stored as Uploads stores it (with this release's row when {@code live}), then its audit. */
	private static void store(Jdbi jdbi, ReturnVersion version, boolean live) {
		jdbi.useTransaction((handle) -> {
			handle.attach(SiteStore.class).addVersion(version);
			if (live) {
				handle.attach(CurrentReturnStore.class).stored(Period.parse(version.period()), version.cityCode(), version.version());
			}
		});
		attempt(jdbi, false, version.uploadedAt(), version.uploadedBy(), version.cityCode(), UploadAudit.STORED,
				version.message());
	}

	/** An audited attempt: through UploadAudit ({@code live}) or the previous release's one INSERT. */
	private static void attempt(Jdbi jdbi, boolean live, String at, String account, String city, String outcome,
			String detail) {
		if (live) {
			refuse(jdbi, at, account, city, outcome, detail);
		}
		else {
			jdbi.onDemand(SiteStore.class).audit(new AuditEntry(account, at, "10.0.0.1", OCTOBER, city, "", outcome,
					null, detail));
		}
	}

	private static void refuse(Jdbi jdbi, String at, String account, String city, String outcome, String detail) {
		UploadAudit audit = new UploadAudit(jdbi.onDemand(SiteStore.class),
				Clock.fixed(Instant.parse(at), ZoneOffset.UTC), ReferenceData.bundled(), jdbi);
		audit.record(account, "10.0.0.1", OCTOBER, city, List.of(), outcome, null, detail);
	}

	private ProvinceDesk.PeriodDesk desk(Jdbi jdbi, Path input) {
		Deadlines deadlines = Mockito.mock(Deadlines.class);
		Deadline due = new Deadline(LocalDate.parse("2026-11-10"));
		when(deadlines.of(any())).thenReturn(due);
		when(deadlines.usual(any())).thenReturn(due);
		return new ProvinceDesk(jdbi.onDemand(CurrentReturnStore.class), jdbi.onDemand(DeskStore.class), deadlines,
				new ReturnStorage(input), ReferenceData.bundled(), this.root.resolve("reports"),
				Clock.fixed(Instant.parse("2026-11-05T02:00:00Z"), ZoneOffset.UTC), new Reviews(jdbi))
			.of(Period.parse(OCTOBER));
	}

	// ---- reading

	private Jdbi sqlite() {
		Path copy = this.root.resolve("db.db");
		try {
			Files.copy(migrated, copy);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Stores.jdbi(Database.sqlite(copy).dataSource());
	}

	private Database database(String vendor, String name) {
		return "sqlite".equals(vendor) ? Database.sqlite(this.root.resolve(name + ".db"))
				: TestPostgres.freshDatabase("current_return_" + name);
	}

	private static CurrentReturnStore.Row row(Jdbi jdbi, String city) {
		return rows(jdbi).get(city);
	}

	private static Map<String, CurrentReturnStore.Row> rows(Jdbi jdbi) {
		Map<String, CurrentReturnStore.Row> rows = new java.util.LinkedHashMap<>();
		jdbi.onDemand(CurrentReturnStore.class).ofPeriod(Period.parse(OCTOBER)).forEach((r) -> rows.put(r.cityCode(), r));
		return rows;
	}

	private static List<String> auditOutcomes(Jdbi jdbi, String city) {
		return jdbi.onDemand(SiteStore.class).auditTrail(Period.parse(OCTOBER), city).stream().map(AuditEntry::outcome).toList();
	}
}
