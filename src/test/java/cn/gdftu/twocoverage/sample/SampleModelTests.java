package cn.gdftu.twocoverage.sample;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.gdftu.twocoverage.ingest.EmployerId;
import cn.gdftu.twocoverage.ingest.Scope;
import cn.gdftu.twocoverage.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SampleModelTests {

	private static final ReferenceData REFERENCE = ReferenceData.bundled();

	@Nested
	class CreditCodesOfACity {

		@Test
		void areValidCarryTheCountyAndNeverRepeat() {
			Set<String> seen = new HashSet<>();
			for (long index = 0; index < 200_000; index++) {
				String id = CreditCodes.of("91", "440106", index, 12345L);
				assertThat(EmployerId.isValid(id)).as(id).isTrue();
				assertThat(id).startsWith("91440106");
				assertThat(seen.add(id.substring(8, 17))).as("body of " + id).isTrue();
			}
			assertThat(seen).anyMatch((body) -> body.startsWith("MA")).anyMatch((body) -> body.matches("\\d{9}"));
		}

		@Test
		void aWrongCheckCharacterMakesAnInvalidCodeThatDiffersOnlyThere() {
			for (long index = 0; index < 1000; index++) {
				String id = CreditCodes.of("12", "441900", index, 7L);
				String wrong = CreditCodes.withWrongCheck(id);
				assertThat(EmployerId.isValid(wrong)).isFalse();
				assertThat(wrong.substring(0, 17)).isEqualTo(id.substring(0, 17));
				assertThat(EmployerId.isValid(wrong.substring(0, 17) + EmployerId.checkCharacter(wrong.substring(0, 17))))
					.isTrue();
			}
		}
	}

	@Nested
	class CitySharesOfTheProvince {

		@Test
		void addUpAndPutTheDeltaFirst() {
			Map<String, Integer> shares = CityShares.split(REFERENCE.cities(), 6000);
			assertThat(shares).hasSize(21);
			assertThat(shares.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(6000);
			List<String> bySize = shares.entrySet().stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
				.map(Map.Entry::getKey)
				.toList();
			// Shenzhen, Guangzhou, Dongguan, Foshan; Yunfu, Shanwei, Heyuan at the bottom.
			assertThat(bySize.subList(0, 4)).containsExactlyInAnyOrder("440300", "440100", "441900", "440600");
			assertThat(bySize.subList(18, 21)).containsExactlyInAnyOrder("445300", "441500", "441600");
		}

		@Test
		void giveEveryCityAtLeastOneUnion() {
			assertThat(CityShares.split(REFERENCE.cities(), 21).values()).containsOnly(1);
			assertThatIllegalArgumentException().isThrownBy(() -> CityShares.split(REFERENCE.cities(), 20));
		}
	}

	@Nested
	class TradesAndCounties {

		@Test
		void everyTradeIsAReferenceIndustryWithManufacturingTheLargest() {
			assertThat(Trades.ALL).allSatisfy((trade) -> assertThat(REFERENCE.isIndustry(trade.letter())).isTrue());
			assertThat(Trades.ALL.get(0).letter()).isEqualTo("C");
			double total = Trades.ALL.stream().mapToDouble(Trades.Trade::weight).sum();
			assertThat(Trades.ALL.get(0).weight() / total).isBetween(0.35, 0.45);
		}

		@Test
		void dongguanAndZhongshanEmployersAreFiledUnderTheCityItself() {
			ProvinceModel province = new ProvinceModel(REFERENCE, 6000, 1L, LocalDate.of(2026, 5, 31));
			for (CityModel city : province.cities()) {
				for (long index = 0; index < 50; index++) {
					String county = city.employer(index, Scope.ENTERPRISE, null, null, 0).countyCode();
					assertThat(REFERENCE.isCountyOf(county, city.city().code())).as(city.city().code()).isTrue();
					if (Set.of("441900", "442000").contains(city.city().code())) {
						assertThat(county).isEqualTo(city.city().code());
					}
				}
			}
		}
	}

	@Nested
	class ContractChains {

		@Test
		void runOneTermAfterAnotherMostlyForThreeYears() {
			LocalDate anchor = LocalDate.of(2026, 5, 31);
			int terms = 0;
			int threeYears = 0;
			for (long seed = 0; seed < 2000; seed++) {
				List<ContractChain.Term> chain = ContractChain.of(new SplittableRandom(seed), anchor);
				assertThat(chain).isNotEmpty();
				for (int i = 0; i < chain.size(); i++) {
					ContractChain.Term term = chain.get(i);
					assertThat(term.to()).isAfter(term.from());
					if (i > 0) {
						assertThat(term.from()).isAfter(chain.get(i - 1).to());
					}
					terms++;
					if (term.to().equals(term.from().plusYears(3).minusDays(1))) {
						threeYears++;
					}
				}
			}
			assertThat((double) threeYears / terms).isBetween(0.7, 0.9);
		}
	}
}
