package cn.gdftu.twocoverage.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gdftu.twocoverage.reference.ReferenceData;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workbooks that inflate or are damaged (issue 25, items 2 and 7): the return is rejected whole with a
 * Chinese message saying what to do, before any reader holds the content, and never in Java's words.
 */
class HostileWorkbookTests {

	@TempDir
	Path root;

	Path city;

	@BeforeEach
	void city() throws IOException {
		this.city = Files.createDirectories(this.root.resolve("440100"));
	}

	CitySubmission check(WorkbookLimits limits, List<RowRejection> rejections) {
		return new CityCheck(ReferenceData.bundled(), limits).check("440100", this.city,
				ReturnSink.rejections(rejections));
	}

	@Test
	void theGeneratedGoodWorkbookIsAccepted() throws IOException {
		HostileWorkbooks.good(this.city.resolve("月报.xlsx"));
		CitySubmission result = check(WorkbookLimits.DEFAULT, new ArrayList<>());
		assertThat(result.status()).as(result.submission().message()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(result.submission().organizationsAccepted()).isEqualTo(1);
	}

	@Test
	void aCellLongerThanTheLimitRejectsTheReturnWithoutEchoingIt() throws IOException {
		HostileWorkbooks.giantCell(this.city.resolve("月报.xlsx"), 40 * 1024 * 1024);
		List<RowRejection> rejections = new ArrayList<>();
		CitySubmission result = check(WorkbookLimits.DEFAULT, rejections);
		assertThat(result.status()).isEqualTo(SubmissionStatus.REJECTED);
		assertThat(result.submission().message()).contains("月报.xlsx").contains("32767 个字符").contains("另存为")
			.hasSizeLessThan(300).doesNotContain("9999999999");
		assertThat(rejections).isEmpty();
	}

	@Test
	void aWorkbookThatUnpacksBeyondTheLimitIsRejected() throws IOException {
		HostileWorkbooks.inflating(this.city.resolve("月报.xlsx"), 3L * 1024 * 1024);
		assertThat(Files.size(this.city.resolve("月报.xlsx"))).isLessThan(64 * 1024);
		CitySubmission result = check(new WorkbookLimits(2L * 1024 * 1024, 32_767), new ArrayList<>());
		assertThat(result.status()).isEqualTo(SubmissionStatus.REJECTED);
		assertThat(result.submission().message()).contains("解压后超过 2 MB").contains("另存为");
	}

	@Test
	void aRelationshipLeadingOutOfThePackageIsADamagedWorkbook() throws IOException {
		HostileWorkbooks.relationshipOutside(this.city.resolve("月报.xlsx"));
		assertDamaged(check(WorkbookLimits.DEFAULT, new ArrayList<>()));
	}

	@Test
	void aTableWorkbookWhoseSheetLeadsOutOfThePackageIsADamagedWorkbook() throws IOException {
		HostileWorkbooks.relationshipOutside(this.city.resolve("organizations.xlsx"));
		Files.writeString(this.city.resolve("contracts.csv"), HostileWorkbooks.CONTRACTS);
		CitySubmission result = check(WorkbookLimits.DEFAULT, new ArrayList<>());
		assertThat(result.status()).isEqualTo(SubmissionStatus.REJECTED);
		assertThat(result.submission().message()).contains("organizations.xlsx").contains("损坏").contains("另存为")
			.doesNotContainIgnoringCase("exception").doesNotContain("passwd");
	}

	@Test
	void aBitFlippedWorkbookIsDamagedInChinese() throws IOException {
		HostileWorkbooks.bitFlipped(this.city.resolve("月报.xlsx"));
		assertDamaged(check(WorkbookLimits.DEFAULT, new ArrayList<>()));
	}

	@Test
	void aNulInsideANameRejectsTheRow() throws IOException {
		Files.writeString(this.city.resolve("organizations.csv"), HostileWorkbooks.ORGANIZATIONS
				+ "91440106000000020W,乙\0公司,440106,C,private,50,20,5,commissioner\n");
		Files.writeString(this.city.resolve("contracts.csv"), HostileWorkbooks.CONTRACTS.replace("HT-1", "HT\0-1"));
		List<RowRejection> rejections = new ArrayList<>();
		CitySubmission result = check(WorkbookLimits.DEFAULT, rejections);
		assertThat(result.status()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(rejections).extracting(RowRejection::line, RowRejection::column, RowRejection::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "employer_name", Reason.MISSING_VALUE),
					org.assertj.core.groups.Tuple.tuple(2, "contract_id", Reason.MISSING_VALUE));
		assertThat(rejections.get(0).message()).contains("控制字符");
	}

	private static void assertDamaged(CitySubmission result) {
		assertThat(result.status()).isEqualTo(SubmissionStatus.REJECTED);
		assertThat(result.submission().message()).contains("月报.xlsx").contains("损坏").contains("另存为")
			.doesNotContainIgnoringCase("exception").doesNotContain("java").doesNotContain("com.");
	}
}
