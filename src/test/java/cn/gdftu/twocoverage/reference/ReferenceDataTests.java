package cn.gdftu.twocoverage.reference;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReferenceDataTests {

	private final ReferenceData reference = ReferenceData.bundled();

	@Test
	void isLoadedOnce() {
		assertThat(ReferenceData.bundled()).isSameAs(this.reference);
		assertThat(ReferenceData.PROVINCE_CODE).isEqualTo("440000");
		assertThat(ReferenceData.PROVINCE_NAME).isEqualTo("广东省");
	}

	@Nested
	class Cities {

		@Test
		void theTwentyOnePrefectureLevelCitiesInCodeOrder() {
			assertThat(reference.cities()).extracting(Division::code)
				.containsExactly("440100", "440200", "440300", "440400", "440500", "440600", "440700", "440800", "440900",
						"441200", "441300", "441400", "441500", "441600", "441700", "441800", "441900", "442000", "445100",
						"445200", "445300");
		}

		@Test
		void namesAndParents() {
			assertThat(reference.city("440100")).contains(new Division("440100", "广州市", "city", "440000"));
			assertThat(reference.city("445300")).contains(new Division("445300", "云浮市", "city", "440000"));
			assertThat(reference.cities()).extracting(Division::parentCode).containsOnly("440000");
		}

		@Test
		void onlyCitiesAreCities() {
			assertThat(reference.isCity("441900")).isTrue();
			assertThat(reference.isCity("440000")).isFalse();
			assertThat(reference.isCity("440106")).isFalse();
			assertThat(reference.isCity("449999")).isFalse();
			assertThat(reference.city("449999")).isEmpty();
		}

		@Test
		void theListCannotBeChanged() {
			List<Division> cities = reference.cities();
			assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(cities::clear);
		}
	}

	@Nested
	class Counties {

		@Test
		void guangzhouHasElevenDistrictsInCodeOrder() {
			assertThat(reference.countiesOf("440100")).extracting(Division::code).containsExactly("440103", "440104", "440105",
					"440106", "440111", "440112", "440113", "440114", "440115", "440117", "440118");
			assertThat(reference.county("440100", "440106")).contains(new Division("440106", "天河区", "county", "440100"));
		}

		@Test
		void dongguanAndZhongshanAreTheirOwnOneCounty() {
			assertThat(reference.countiesOf("441900")).containsExactly(new Division("441900", "东莞市", "city", "440000"));
			assertThat(reference.countiesOf("442000")).containsExactly(new Division("442000", "中山市", "city", "440000"));
			assertThat(reference.isCountyOf("441900", "441900")).isTrue();
			assertThat(reference.isCountyOf("442000", "442000")).isTrue();
			assertThat(reference.isCountyOf("442000", "441900")).isFalse();
		}

		@Test
		void everyOtherCityHasCountiesOfItsOwnAndNotItself() {
			int counties = 0;
			for (Division city : reference.cities()) {
				List<Division> ofCity = reference.countiesOf(city.code());
				assertThat(ofCity).as(city.name()).isNotEmpty();
				counties += ofCity.size();
				if (!city.code().equals("441900") && !city.code().equals("442000")) {
					assertThat(ofCity).as(city.name()).extracting(Division::parentCode).containsOnly(city.code());
					assertThat(reference.isCountyOf(city.code(), city.code())).as(city.name()).isFalse();
				}
			}
			// 122 county-level units in the reference file, plus Dongguan and Zhongshan standing for themselves.
			assertThat(counties).isEqualTo(124);
		}

		@Test
		void aCountyBelongsToOneCity() {
			assertThat(reference.isCountyOf("440306", "440300")).isTrue();
			assertThat(reference.isCountyOf("440306", "440100")).isFalse();
			assertThat(reference.county("440100", "440306")).isEmpty();
			assertThat(reference.countiesOf("449999")).isEmpty();
			assertThat(reference.isCountyOf("440106", "449999")).isFalse();
		}
	}

	@Nested
	class Industries {

		@Test
		void theTwentySectionsAToT() {
			assertThat(reference.industries()).extracting(Industry::code).containsExactly("A", "B", "C", "D", "E", "F", "G",
					"H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T");
			assertThat(reference.industries().get(2)).isEqualTo(new Industry("C", "制造业"));
		}

		@Test
		void onlyUpperCaseSectionLettersAreIndustries() {
			assertThat(reference.isIndustry("T")).isTrue();
			assertThat(reference.isIndustry("U")).isFalse();
			assertThat(reference.isIndustry("c")).isFalse();
			assertThat(reference.isIndustry("")).isFalse();
		}
	}

	@Nested
	class Ownerships {

		@Test
		void theSixTypesWithTheirChineseWords() {
			assertThat(reference.ownerships()).containsExactly(new Ownership("state", "国有", List.of("国有")),
					new Ownership("collective", "集体", List.of("集体")), new Ownership("private", "私营", List.of("私营", "民营")),
					new Ownership("foreign", "外商投资", List.of("外商投资", "外资")),
					new Ownership("hmt", "港澳台投资", List.of("港澳台投资", "港澳台")), new Ownership("other", "其他", List.of("其他")));
		}
	}
}
