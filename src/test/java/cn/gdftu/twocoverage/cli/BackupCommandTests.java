package cn.gdftu.twocoverage.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import cn.gdftu.twocoverage.store.Database;
import cn.gdftu.twocoverage.store.Stores;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code backup --to FILE}: a consistent copy taken while uploads are being written. */
class BackupCommandTests {

	@Test
	void aCopyTakenDuringUploadsPassesTheIntegrityCheckAndHoldsWhatWasCommitted(@TempDir Path root) throws Exception {
		Path file = root.resolve("two-coverage.db");
		Jdbi jdbi = Stores.jdbi(Database.sqlite(file).dataSource());
		for (int i = 0; i < 500; i++) {
			audit(jdbi, i);
		}
		AtomicBoolean going = new AtomicBoolean(true);
		AtomicInteger written = new AtomicInteger(500);
		Thread uploads = new Thread(() -> {
			while (going.get()) {
				audit(jdbi, written.getAndIncrement());
			}
		});
		uploads.start();
		int exit;
		try {
			while (written.get() < 601) {
				Thread.onSpinWait();
			}
			exit = new CommandLine(new BackupCommand()).execute("--db", file.toString(), "--to",
					root.resolve("copy/backup.db").toString());
		}
		finally {
			going.set(false);
			uploads.join();
		}
		assertThat(exit).isZero();
		Path copy = root.resolve("copy/backup.db");
		assertThat(BackupCommand.integrity(copy)).isEqualTo("ok");
		Jdbi restored = Stores.jdbi(Database.sqlite(copy).dataSource());
		int rows = restored.withHandle((h) -> h.select("SELECT COUNT(*) FROM upload_audit").mapTo(Integer.class).one());
		assertThat(rows).isBetween(600, written.get());
		int last = restored.withHandle((h) -> h.select("SELECT MAX(audit_id) FROM upload_audit").mapTo(Integer.class).one());
		assertThat(last).as("every row up to the snapshot, none missing").isEqualTo(rows);
		try (var left = Files.list(root.resolve("copy"))) {
			assertThat(left.map((p) -> p.getFileName().toString())).containsExactly("backup.db");
		}
	}

	@Test
	void anExistingTargetOrAPostgresDatabaseIsRefused(@TempDir Path root) throws Exception {
		Path file = root.resolve("two-coverage.db");
		Stores.jdbi(Database.sqlite(file).dataSource());
		Files.writeString(root.resolve("old.db"), "keep me");
		assertThat(new CommandLine(new BackupCommand()).execute("--db", file.toString(), "--to",
				root.resolve("old.db").toString())).isEqualTo(2);
		assertThat(Files.readString(root.resolve("old.db"))).isEqualTo("keep me");
		assertThat(new CommandLine(new BackupCommand()).execute("--db", root.resolve("none.db").toString(), "--to",
				root.resolve("x.db").toString())).isEqualTo(3);
	}

	private static void audit(Jdbi jdbi, int i) {
		jdbi.useTransaction((h) -> h.execute("INSERT INTO upload_audit (account, at, remote_address, period, city_code, "
				+ "files, outcome) VALUES ('guangzhou', ?, '10.0.0.1', '2026-10', '440100', '', 'stored')", "t" + i));
	}
}
