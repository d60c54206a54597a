package cn.gdftu.twocoverage.ingest;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CountsTests {

	@Nested
	class Accepted {

		@ParameterizedTest(name = "[{0}] is {1}")
		@CsvSource(delimiter = '|', textBlock = """
				0           | 0
				7           | 7
				1234        | 1234
				1,234       | 1234
				12,345      | 12345
				123,456     | 123456
				1,234,567   | 1234567
				１２３４      | 1234
				１，２３４     | 1234
				0042        | 42
				100000000   | 100000000
				""")
		void plainFullWidthAndGroupedDigits(String cell, int expected) {
			assertThat(Counts.parse(cell)).isEqualTo(expected);
		}

		@Test
		void cellIsTrimmedFirst() {
			assertThat(Counts.parse(" 56\u3000")).isEqualTo(56);
		}
	}

	@Nested
	class Rejected {

		@ParameterizedTest(name = "[{0}]")
		@ValueSource(strings = { "", " ", "1,23", "1,2345", "12,34,567", "1234,567", ",123", "123,", "1,,234", "12.5",
				"12.0", "１２．５", "-3", "+3", "－３", "1 234", "1e3", "十二", "12人", "0x10", "100000001" })
		void areInvalid(String cell) {
			assertThat(Counts.parse(cell)).isEqualTo(Counts.INVALID);
		}

		@Test
		void invalidIsNegativeSoNoCountEqualsIt() {
			assertThat(Counts.INVALID).isEqualTo(-1);
		}
	}
}
