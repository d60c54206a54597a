package cn.gdftu.twocoverage.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gdftu.twocoverage.ingest.SubmissionStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The one answer to "what is this city's current return", from its stored versions and the folder the job reads. */
class CurrentReturnTests {

	@TempDir
	Path folder;

	private static ReturnVersion version(int number, SubmissionStatus status, int rejectedRows) {
		return new ReturnVersion("2026-10", "440100", number, "gz", "2026-11-03T02:00:00Z", status, 3, 3, 1, 1,
				rejectedRows, "");
	}

	private Path twoTables() throws IOException {
		Files.writeString(this.folder.resolve("organizations.csv"), "employer_id\n");
		Files.writeString(this.folder.resolve("contracts.csv"), "contract_id\n");
		return this.folder;
	}

	@Test
	void nothingStoredAndNoFolderIsMissing() {
		CurrentReturn current = CurrentReturn.of("440100", List.of(), this.folder.resolve("440100"));
		assertThat(current.status()).isEqualTo(SubmissionStatus.MISSING);
		assertThat(current.present()).isFalse();
		assertThat(current.asFiles()).isFalse();
	}

	@Test
	void anEmptyFolderIsMissingAsTheJobSays() {
		CurrentReturn current = CurrentReturn.of("440100", List.of(), this.folder);
		assertThat(current.status()).isEqualTo(SubmissionStatus.MISSING);
		assertThat(current.asFiles()).isFalse();
	}

	@Test
	void filesPutInTheFolderAreASubmittedReturnSentAsFiles() throws IOException {
		CurrentReturn current = CurrentReturn.of("440100", List.of(), twoTables());
		assertThat(current.status()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(current.present()).isTrue();
		assertThat(current.asFiles()).isTrue();
		assertThat(current.stored()).isNull();
		assertThat(current.rejectedRows()).isZero();
	}

	@Test
	void anAdoptedFolderVersionZeroIsStillAReturnSentAsFiles() throws IOException {
		CurrentReturn current = CurrentReturn.of("440100", List.of(version(0, null, 0)), twoTables());
		assertThat(current.status()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(current.asFiles()).isTrue();
		assertThat(current.stored().version()).isZero();
	}

	@Test
	void aFolderWithNoUsableReturnIsRejectedAndNotPresent() throws IOException {
		Files.writeString(this.folder.resolve("月报.xls"), "old Excel");
		CurrentReturn current = CurrentReturn.of("440100", List.of(), this.folder);
		assertThat(current.status()).isEqualTo(SubmissionStatus.REJECTED);
		assertThat(current.present()).isFalse();
		assertThat(current.asFiles()).isTrue();
	}

	@Test
	void theNewestCheckedVersionIsCurrentWhateverTheFolderHolds() {
		CurrentReturn current = CurrentReturn.of("440100",
				List.of(version(1, SubmissionStatus.SUBMITTED, 4), version(2, SubmissionStatus.SUBMITTED, 2)),
				this.folder.resolve("absent"));
		assertThat(current.stored().version()).isEqualTo(2);
		assertThat(current.status()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(current.asFiles()).isFalse();
		assertThat(current.rejectedRows()).isEqualTo(2);
	}

	@Test
	void theDeskChasesWhatIsMissingOrRefusedAndTellsRowsToFix() throws IOException {
		CurrentReturn clean = CurrentReturn.of("440100", List.of(version(1, SubmissionStatus.SUBMITTED, 0)), this.folder);
		CurrentReturn withRejects = CurrentReturn.of("440100", List.of(version(1, SubmissionStatus.SUBMITTED, 3)),
				this.folder);
		CurrentReturn none = CurrentReturn.of("440100", List.of(), this.folder.resolve("absent"));
		assertThat(CollectionStatus.of(clean, false).code()).isEqualTo("submitted");
		assertThat(CollectionStatus.of(withRejects, false).code()).isEqualTo("submitted_with_rejects");
		assertThat(CollectionStatus.of(none, false).code()).isEqualTo("missing");
		assertThat(CollectionStatus.of(clean, true).code()).isEqualTo("last_refused");
		assertThat(CollectionStatus.of(CurrentReturn.of("440100", List.of(), twoTables()), false).label()).isEqualTo("已报送");
	}
}
