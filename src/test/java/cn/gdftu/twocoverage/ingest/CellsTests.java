package cn.gdftu.twocoverage.ingest;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CellsTests {

	@Nested
	class Trim {

		@Test
		void removesAsciiWhiteSpaceAtBothEnds() {
			assertThat(Cells.trim(" \t广州甲电子有限公司 \r")).isEqualTo("广州甲电子有限公司");
		}

		@Test
		void removesIdeographicAndNoBreakSpacesAndAStrayBom() {
			assertThat(Cells.trim("\u3000\u00A0440106\u3000")).isEqualTo("440106");
			assertThat(Cells.trim("\uFEFFemployer_id")).isEqualTo("employer_id");
		}

		@Test
		void keepsSpacesInside() {
			assertThat(Cells.trim("  Harbour Precision (Shanwei) Co., Ltd.  "))
				.isEqualTo("Harbour Precision (Shanwei) Co., Ltd.");
		}

		@Test
		void treatsNullAsEmpty() {
			assertThat(Cells.trim(null)).isEmpty();
		}

		@Test
		void doesNotFoldFullWidthForms() {
			assertThat(Cells.trim("１２３")).isEqualTo("１２３");
		}
	}

	@Nested
	class Fold {

		@Test
		void foldsFullWidthLettersDigitsAndPunctuation() {
			assertThat(Cells.fold("ＥＭＰＬＯＹＥＲ＿ＩＤ")).isEqualTo("EMPLOYER_ID");
			assertThat(Cells.fold("１，２３４")).isEqualTo("1,234");
			assertThat(Cells.fold("ＧＺ－００１")).isEqualTo("GZ-001");
		}

		@Test
		void leavesChineseAndHalfWidthAlone() {
			assertThat(Cells.fold("女职工委员会")).isEqualTo("女职工委员会");
			assertThat(Cells.fold("2013年7月1日")).isEqualTo("2013年7月1日");
		}

		@Test
		void trimsAroundTheFoldedText() {
			assertThat(Cells.fold("\u3000ｓｕｍ ")).isEqualTo("sum");
		}
	}

	@Nested
	class Key {

		@Test
		void isFoldedTrimmedAndLowerCase() {
			assertThat(Cells.key(" Employer_Id ")).isEqualTo("employer_id");
			assertThat(Cells.key("ＥＭＰＬＯＹＥＲ＿ＩＤ")).isEqualTo("employer_id");
			assertThat(Cells.key("STATE")).isEqualTo("state");
		}
	}

	@Nested
	class Blank {

		@ParameterizedTest
		@ValueSource(strings = { "", " ", "\t", "\u3000", "\u00A0 ", "\uFEFF" })
		void whiteSpaceOnlyIsBlank(String cell) {
			assertThat(Cells.isBlank(cell)).isTrue();
		}

		@Test
		void nullIsBlank() {
			assertThat(Cells.isBlank(null)).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = { "0", "无", " x " })
		void anythingVisibleIsNotBlank(String cell) {
			assertThat(Cells.isBlank(cell)).isFalse();
		}
	}
}
