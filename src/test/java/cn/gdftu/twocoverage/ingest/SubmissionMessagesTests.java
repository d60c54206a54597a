package cn.gdftu.twocoverage.ingest;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionMessagesTests {

	@Nested
	class Submitted {

		@Test
		void withoutErrorsOrWarnings() {
			assertThat(SubmissionMessages.submitted("440100", 0, 0)).isEqualTo("已采用，无错误行");
		}

		@Test
		void withRejectedRowsPointsAtTheCitysRejectsFile() {
			assertThat(SubmissionMessages.submitted("440100", 7, 0))
				.isEqualTo("已采用；共拒绝7行，请按rejects/440100.csv修改后重新报送");
		}

		@Test
		void withSkippedTitleOrTotalsLines() {
			assertThat(SubmissionMessages.submitted("440700", 0, 4)).isEqualTo("已采用，无错误行；跳过标题行或合计行4行");
			assertThat(SubmissionMessages.submitted("440200", 11, 2))
				.isEqualTo("已采用；共拒绝11行，请按rejects/440200.csv修改后重新报送；跳过标题行或合计行2行");
		}
	}

	@Nested
	class Rejected {

		@Test
		void saysNothingWasUsedAndWhy() {
			assertThat(SubmissionMessages.rejected("contracts.csv 缺少必需的列：expires_on（到期日期），请按模板补齐表头后重新报送"))
				.isEqualTo("整份报送未采用：contracts.csv 缺少必需的列：expires_on（到期日期），请按模板补齐表头后重新报送");
		}
	}

	@Nested
	class Warnings {

		@Test
		void titleAndTotalsLines() {
			assertThat(SkippedLine.Kind.TITLE.message()).isEqualTo("表头前的标题行已跳过");
			assertThat(SkippedLine.Kind.TOTALS.message()).isEqualTo("合计行已跳过");
		}
	}
}
