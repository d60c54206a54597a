package cn.gdftu.twocoverage.report;

import java.math.BigDecimal;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RagTests {

	static final BigDecimal ORG = new BigDecimal("0.95");

	static final BigDecimal CONTRACT = new BigDecimal("0.90");

	@Nested
	class Colour {

		@Test
		void metAtTheTargetExactly() {
			assertThat(Rag.of(95, 100, ORG)).isEqualTo(Rag.MET);
			assertThat(Rag.of(100, 100, ORG)).isEqualTo(Rag.MET);
			assertThat(Rag.of(9, 10, CONTRACT)).isEqualTo(Rag.MET);
		}

		@Test
		void nearDownToFivePointsBelowTheTarget() {
			assertThat(Rag.of(94, 100, ORG)).isEqualTo(Rag.NEAR);
			assertThat(Rag.of(90, 100, ORG)).isEqualTo(Rag.NEAR);
			assertThat(Rag.of(85, 100, CONTRACT)).isEqualTo(Rag.NEAR);
		}

		@Test
		void belowFurtherDown() {
			assertThat(Rag.of(89, 100, ORG)).isEqualTo(Rag.BELOW);
			assertThat(Rag.of(0, 100, ORG)).isEqualTo(Rag.BELOW);
		}

		@Test
		void decidedOnTheCountsNotTheRoundedRate() {
			// 18999/20000 = 0.94995, which coverage.csv rounds to 0.9500: still one union short.
			assertThat(Rag.of(18999, 20000, ORG)).isEqualTo(Rag.NEAR);
			assertThat(Rag.needed(18999, 20000, ORG)).isEqualTo(1);
		}

		@Test
		void noneWithoutADenominator() {
			assertThat(Rag.of(0, 0, ORG)).isEqualTo(Rag.NONE);
		}
	}

	@Nested
	class Needed {

		@Test
		void ceilingOfTargetTimesDenominatorLessCovered() {
			// 0.95 × 101 = 95.95 → 96
			assertThat(Rag.needed(90, 101, ORG)).isEqualTo(6);
			assertThat(Rag.needed(0, 7, CONTRACT)).isEqualTo(7);
			assertThat(Rag.needed(201, 289, ORG)).isEqualTo(74);
		}

		@Test
		void neverNegative() {
			assertThat(Rag.needed(100, 100, ORG)).isZero();
			assertThat(Rag.needed(96, 101, ORG)).isZero();
			assertThat(Rag.needed(0, 0, ORG)).isZero();
		}
	}
}
