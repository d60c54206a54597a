package cn.gdftu.twocoverage.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gdftu.twocoverage.ingest.EmployerId;
import cn.gdftu.twocoverage.ingest.ReturnFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collection site's layout (SPEC §9): each upload in {@code input/.uploads/<period>/<city>/<version>/},
 * the city folder a symbolic link to the current one, swapped by rename.
 */
class UploadLayoutTests {

	@TempDir
	Path root;

	private Path upload(String version, int unions) throws IOException {
		Path folder = this.root.resolve("input/.uploads/2026-10/440300/" + version);
		StringBuilder organizations = new StringBuilder(ReturnFiles.ORGANIZATIONS);
		for (int i = 1; i <= unions; i++) {
			String first17 = "9144030000000%04d".formatted(i);
			organizations.append(first17).append(EmployerId.checkCharacter(first17)).append(",深圳").append(i)
				.append("号,440304,C,hmt,9,5,3,committee\n");
		}
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("organizations.csv"), organizations, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("contracts.csv"), ReturnFiles.CONTRACTS, StandardCharsets.UTF_8);
		return folder;
	}

	private Path link(Path target) throws IOException {
		Path link = this.root.resolve("input/2026-10/440300");
		Files.createDirectories(link.getParent());
		Path next = link.resolveSibling("440300.next");
		Files.createSymbolicLink(next, target);
		return Files.move(next, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	void theJobReadsTheLinkedUploadAndTakesNoHiddenFolderForAPeriodOrACity() throws IOException {
		link(upload("1", 3));
		JobRunner.Outcome outcome = JobRunner.run("--input", this.root.resolve("input").toString(), "--reports",
				this.root.resolve("reports").toString());
		assertThat(outcome.exit()).as(outcome.stderr()).isZero();
		Map<String, Map<String, String>> submissions = Csv.byKey(this.root.resolve("reports/2026-10/submissions.csv"),
				(row) -> row.get("city_code"));
		assertThat(submissions.get("440300")).containsEntry("status", "submitted")
			.containsEntry("organizations_accepted", "3");
		assertThat(this.root.resolve("reports")).isDirectoryNotContaining("glob:**/.uploads");
	}

	@Test
	void theDigestFollowsTheLinkSoASwappedUploadIsNewInput() throws IOException {
		Path first = upload("1", 3);
		link(first);
		String before = InputDigest.of(this.root.resolve("input/2026-10"));
		link(upload("2", 4));
		String after = InputDigest.of(this.root.resolve("input/2026-10"));
		assertThat(after).isNotEqualTo(before);
		link(first);
		assertThat(InputDigest.of(this.root.resolve("input/2026-10"))).isEqualTo(before);
		Path plain = this.root.resolve("plain/2026-10/440300");
		Files.createDirectories(plain);
		for (String name : new String[] { "organizations.csv", "contracts.csv" }) {
			Files.copy(first.resolve(name), plain.resolve(name));
		}
		assertThat(InputDigest.of(this.root.resolve("plain/2026-10"))).as("same as the files in a plain folder")
			.isEqualTo(before);
	}
}
