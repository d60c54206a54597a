package cn.gdftu.twocoverage.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.ingest.CityCheck;
import cn.gdftu.twocoverage.ingest.CityReturn;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** A city's return read as batches of a transaction each: rejections are data, the verdict rides on the last. */
class CityReturnItemReaderTests {

	private static final Path SHENZHEN = Path.of("src/test/resources/conformance/bad/input/2026-09/440300");

	private static final CityCheck CHECK = new CityCheck(ReferenceData.bundled());

	/** 440300: 112 union rows, 130 contract rows, 11 skipped lines, 8 rejections of which 2 come at the end. */
	@Test
	void aReturnComesInFullBatchesThenALastOneWithTheVerdict() throws Exception {
		List<ReturnBatch> batches = readAll(new CityIngest(Period.parse("2026-09"), 1, "440300", SHENZHEN, CHECK, null), 100);
		assertThat(batches).extracting(ReturnBatch::size).containsExactly(100, 100, 55);
		assertThat(batches.subList(0, 2)).allMatch((batch) -> batch.verdict() == null);
		Submission submission = batches.get(2).verdict().submission();
		assertThat(submission).isEqualTo(new Submission("440300", SubmissionStatus.SUBMITTED, 112, 108, 130, 126, 8, 11,
				"已采用；共拒绝8行，请按rejects/440300.csv修改后重新报送；跳过标题行或合计行11行"));
		assertThat(batches.stream().mapToInt((b) -> b.organizations().size()).sum()).isEqualTo(108);
		// Contract 深女专〔2025〕36号 (lines 31 and 32) is inconsistent: accepted as its rows came, rejected at the
		// end (its stored rows are deleted with the last batch), so its two rows come twice.
		assertThat(batches.stream().mapToInt((b) -> b.contracts().size()).sum()).isEqualTo(126 + 2);
		assertThat(batches.stream().mapToInt((b) -> b.rejections().size()).sum()).isEqualTo(8);
		assertThat(batches.get(2).inconsistentContracts()).containsExactly("深女专〔2025〕36号");
		assertThat(batches.stream().mapToInt((b) -> b.skipped().size()).sum()).isEqualTo(11);
	}

	/** The writer waits for a city's first batch only: it is small, and each next one twice the last. */
	@Test
	void batchesStartSmallAndDoubleUpToTheBatchSize() throws Exception {
		CityIngest city = new CityIngest(Period.parse("2026-09"), 1, "440300", SHENZHEN, CHECK, null);
		List<ReturnBatch> batches = readAll(new CityReturnItemReader(city, 10, 100));
		assertThat(batches).extracting(ReturnBatch::size).containsExactly(10, 20, 40, 80, 100, 5);
		assertThat(batches).last().extracting(ReturnBatch::verdict).isNotNull();
	}

	@Test
	void theSurveyHandedOverIsReadWithoutSurveyingAgain() throws Exception {
		CityReturn.Ready surveyed = (CityReturn.Ready) new CityReturn("440300", SHENZHEN).survey();
		Path elsewhere = Path.of("no-such-folder");
		List<ReturnBatch> batches = readAll(new CityIngest(Period.parse("2026-09"), 1, "440300", elsewhere, CHECK, surveyed), 5000);
		assertThat(batches).hasSize(1);
		assertThat(batches.get(0).verdict().status()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(batches.get(0).size()).isEqualTo(112 + 130 + 11 + 2);
	}

	@Test
	void aCityAlreadyDoneReadsAsNothing() throws Exception {
		CityIngest city = new CityIngest(Period.parse("2026-09"), 1, "440300", SHENZHEN, CHECK, null);
		city.alreadyDone();
		assertThat(readAll(city, 100)).isEmpty();
	}

	@Test
	void anUnusableReturnStillEndsWithItsVerdict() throws Exception {
		Path huizhou = Path.of("src/test/resources/conformance/bad/input/2026-09/441300");
		List<ReturnBatch> batches = readAll(new CityIngest(Period.parse("2026-09"), 1, "441300", huizhou, CHECK, null), 100);
		assertThat(batches).last().satisfies((last) -> {
			assertThat(last.verdict().status()).isEqualTo(SubmissionStatus.REJECTED);
			assertThat(last.verdict().submission().message()).isEqualTo("整份报送未采用：contracts.csv 缺少必需的列：expires_on（到期日期），请按模板补齐表头后重新报送");
		});
	}

	/** Every batch read with the first batch as large as the others. */
	private static List<ReturnBatch> readAll(CityIngest city, int batchSize) throws Exception {
		return readAll(new CityReturnItemReader(city, batchSize, batchSize));
	}

	private static List<ReturnBatch> readAll(CityReturnItemReader reader) throws Exception {
		List<ReturnBatch> batches = new ArrayList<>();
		reader.open(new ExecutionContext());
		try {
			ReturnBatch batch;
			while ((batch = reader.read()) != null) {
				batches.add(batch);
			}
		}
		finally {
			reader.close();
		}
		return batches;
	}
}
