package cn.gdftu.twocoverage.ingest;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EmployerIdTests {

	@Nested
	class Valid {

		/** Real-looking codes, and ones from the conformance returns (messy, 2026-10). */
		@ParameterizedTest(name = "[{0}]")
		@ValueSource(strings = { "91440106MA5CQ8R29B", "914401150300000015", "91441581390000005K", "91440203060000045L",
				"51440114030000036D", Fixtures.GZ1, Fixtures.GZ5, Fixtures.DG1, Fixtures.ZS1 })
		void hasTheRightCheckCharacter(String id) {
			assertThat(EmployerId.isValid(id)).isTrue();
		}

		@ParameterizedTest(name = "[{0}] is [{1}]")
		@CsvSource({ "9144011403000001xe, 9144011403000001XE", "91440106030000028u, 91440106030000028U",
				"91441581390000005k, 91441581390000005K", "'  91440106ma5cq8r29b ', 91440106MA5CQ8R29B",
				"９１４４０１０６ＭＡ５ＣＱ８Ｒ２９Ｂ, 91440106MA5CQ8R29B" })
		void lowerCaseAndFullWidthAreNormalisedToValidCodes(String written, String normalised) {
			assertThat(EmployerId.normalise(written)).isEqualTo(normalised);
			assertThat(EmployerId.isValid(EmployerId.normalise(written))).isTrue();
		}

		@Test
		void validityIsJudgedOnTheNormalisedForm() {
			assertThat(EmployerId.isValid("9144011403000001xe")).isFalse();
		}
	}

	@Nested
	class Invalid {

		@ParameterizedTest(name = "[{0}]")
		@ValueSource(strings = { "91440106MA5CQ8R29C", "91440106MA5CQ8R290", "91440106000000010V", "914401150300000016",
				"91440106MA5CQ8R29", "91440106MA5CQ8R29BB", "", "91440106MA5CQ8R2-B" })
		void wrongCheckCharacterOrLength(String id) {
			assertThat(EmployerId.isValid(id)).isFalse();
		}

		/** I, O, Z, S and V are not in the GB 32100 alphabet, even where the weighted sum would fit. */
		@ParameterizedTest(name = "[{0}]")
		@ValueSource(strings = { "91440106MA5CQ8RI9B", "91440106MA5CQ8RO9B", "91440106MA5CQ8RZ9B", "91440106MA5CQ8RS9B",
				"91440106MA5CQ8RV9B", "91440106MA5CQ8R29I", "91440106MA5CQ8R29O", "91440106MA5CQ8R29Z",
				"91440106MA5CQ8R29S", "91440106MA5CQ8R29V" })
		void containsALetterOutsideTheAlphabet(String id) {
			assertThat(EmployerId.isValid(id)).isFalse();
		}
	}

	@Nested
	class CheckCharacter {

		@Test
		void ofKnownCodes() {
			assertThat(EmployerId.checkCharacter("91440106MA5CQ8R29")).isEqualTo('B');
			assertThat(EmployerId.checkCharacter("51440114030000036")).isEqualTo('D');
			assertThat(EmployerId.checkCharacter("91440106000000050")).isEqualTo('0');
		}

		@Test
		void needsSeventeenCharactersOfTheAlphabet() {
			assertThatIllegalArgumentException().isThrownBy(() -> EmployerId.checkCharacter("9144010600000005"));
			assertThatIllegalArgumentException().isThrownBy(() -> EmployerId.checkCharacter("9144010600000000I"));
		}
	}
}
