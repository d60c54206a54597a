package cn.gdftu.twocoverage.report;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.report.ReportView.LeagueRow;
import cn.gdftu.twocoverage.report.ReportView.QualityRow;

import static org.assertj.core.api.Assertions.assertThat;

class ReportModelTests {

	ReportView view(boolean withPrevious) {
		return new ReportModel(ReferenceData.bundled(), ReportSamples.TARGETS)
			.build(ReportSamples.period(withPrevious), Map.of());
	}

	@Nested
	class Headline {

		@Test
		void provinceRatesByUnitsAndPeopleFromTheSums() {
			ReportView.Side org = view(true).headline().org();
			// 95 + 90 + 180 of 400
			assertThat(org.units().rate().text()).isEqualTo("91.3%");
			assertThat(org.units().covered().text()).isEqualTo("365");
			assertThat(org.units().denominator().text()).isEqualTo("400");
			assertThat(org.people().denominator().text()).isEqualTo("4,000");
			assertThat(org.units().rate().key()).isEqualTo("province/440000/org_units_rate");
			// ceil(0.95 × 400) − 365
			assertThat(org.needed()).isEqualTo("15");
			assertThat(org.rag()).isEqualTo("near");
		}

		@Test
		void changeSinceThePreviousPeriodOrFirst() {
			// 365/400 = 0.9125 against 250/300 = 0.8333
			assertThat(view(true).headline().org().unitsChange().text()).isEqualTo("▲7.9");
			assertThat(view(false).headline().org().unitsChange()).isEqualTo(PointChange.FIRST);
			assertThat(view(false).previousLabel()).isNull();
			assertThat(view(true).previousLabel()).isEqualTo("2026年9月");
		}

		@Test
		void citiesIncludedAndWhichAreNotByName() {
			ReportView.Headline headline = view(true).headline();
			assertThat(headline.included()).isEqualTo(3);
			assertThat(headline.cities()).isEqualTo(21);
			assertThat(headline.rejected()).containsExactly("佛山市");
			assertThat(headline.missing()).hasSize(17).startsWith("韶关市", "汕头市").doesNotContain("佛山市", "广州市");
		}

		@Test
		void citiesMeetingEachTarget() {
			ReportView.Headline headline = view(true).headline();
			assertThat(headline.orgMet()).isEqualTo(1);
			assertThat(headline.contractMet()).isEqualTo(1);
		}
	}

	@Nested
	class League {

		@Test
		void includedCitiesByOrganisationRateThenTheOthersByCode() {
			List<LeagueRow> league = view(true).league();
			assertThat(league).hasSize(21);
			assertThat(league.stream().map(LeagueRow::code).limit(5)).containsExactly("440100", "440300", "440400",
					"440200", "440500");
			assertThat(league.subList(0, 3)).allMatch(LeagueRow::included);
			assertThat(league.subList(3, 21)).noneMatch(LeagueRow::included);
		}

		@Test
		void tiedRatesShareARank() {
			List<LeagueRow> league = view(true).league();
			assertThat(league.stream().limit(3).map((r) -> r.org().rank())).containsExactly("1", "2", "2");
			// Contract: Guangzhou 90 %, Shenzhen 75 %, Zhuhai none.
			assertThat(league.stream().limit(3).map((r) -> r.contract().rank())).containsExactly("1", "2", "—");
		}

		@Test
		void ragAndUnionsStillNeeded() {
			List<LeagueRow> league = view(true).league();
			LeagueRow guangzhou = league.get(0);
			assertThat(guangzhou.org().rag()).isEqualTo("met");
			assertThat(guangzhou.org().needed()).isEqualTo("0");
			assertThat(guangzhou.contract().rag()).isEqualTo("met");
			LeagueRow shenzhen = league.get(1);
			assertThat(shenzhen.org().rag()).isEqualTo("near");
			assertThat(shenzhen.org().needed()).isEqualTo("5");
			// 30/40 = 75 %: fifteen points below 90 %; ceil(36) − 30.
			assertThat(shenzhen.contract().rag()).isEqualTo("below");
			assertThat(shenzhen.contract().needed()).isEqualTo("6");
			LeagueRow zhuhai = league.get(2);
			assertThat(zhuhai.contract().rag()).isEqualTo("none");
			assertThat(zhuhai.contract().needed()).isEqualTo("—");
			assertThat(zhuhai.contract().units().rate().text()).isEqualTo("无数据");
		}

		@Test
		void changesPerCity() {
			List<LeagueRow> league = view(true).league();
			assertThat(league.get(0).org().change().text()).isEqualTo("▲5.0");
			assertThat(league.get(0).contract().change().text()).isEqualTo("▼5.0");
			// Shenzhen has no row in the previous period, Zhuhai had no rate.
			assertThat(league.get(1).org().change()).isEqualTo(PointChange.NONE);
			assertThat(league.get(2).org().change()).isEqualTo(PointChange.NONE);
		}

		@Test
		void citiesNotIncludedCarryTheirStatusAndMessage() {
			LeagueRow foshan = view(true).league().stream().filter((r) -> r.code().equals("440600")).findFirst()
				.orElseThrow();
			assertThat(foshan.status().label()).isEqualTo("整份退回");
			assertThat(foshan.message()).contains("缺少contracts.csv");
			assertThat(foshan.org()).isNull();
			assertThat(view(true).league().get(3).status().label()).isEqualTo("未报送");
		}

		@Test
		void theProvinceRowHasNoRank() {
			LeagueRow province = view(true).leagueProvince();
			assertThat(province.org().rank()).isEqualTo("—");
			assertThat(province.org().neededKey()).isEqualTo("province/440000/org");
		}
	}

	@Nested
	class Quality {

		@Test
		void rowsPerFileAndTheCommonestReasons() {
			QualityRow guangzhou = view(true).quality().rows().get(0);
			assertThat(guangzhou.organizationsRejected()).isEqualTo(10);
			assertThat(guangzhou.contractsRejected()).isEqualTo(2);
			assertThat(guangzhou.reasons()).extracting(ReportView.ReasonRow::code).containsExactly("BAD_DATE",
					"BAD_COUNTY", "MISSING_VALUE");
			assertThat(guangzhou.reasons().get(0).message()).isEqualTo("日期无法识别");
			assertThat(guangzhou.otherReasons()).isEqualTo(1);
		}

		@Test
		void linksARejectsFileOnlyForAReturnWithRejectedRows() {
			Map<String, String> hrefs = new java.util.HashMap<>();
			view(true).quality().rows().forEach((r) -> hrefs.put(r.code(), r.rejectsHref()));
			assertThat(hrefs.get("440100")).isEqualTo("rejects/440100.csv");
			// Shenzhen: accepted whole; Foshan: rejected whole (no rows read); Shaoguan: missing.
			assertThat(hrefs.get("440300")).isNull();
			assertThat(hrefs.get("440600")).isNull();
			assertThat(hrefs.get("440200")).isNull();
		}

		@Test
		void countsByStatus() {
			ReportView.Completeness quality = view(true).quality();
			assertThat(quality.submitted()).isEqualTo(3);
			assertThat(quality.rejected()).isEqualTo(1);
			assertThat(quality.missing()).isEqualTo(17);
			assertThat(quality.citiesWithRejects()).isEqualTo(1);
			assertThat(quality.rows()).extracting((q) -> q.status().label()).contains("已报送", "未报送", "整份退回");
		}
	}

	@Nested
	class Contracts {

		@Test
		void atMostTenSoonestPerCityWithTheTotal() {
			ReportView.Expiring expiring = view(true).expiring();
			assertThat(expiring.total()).isEqualTo(13);
			assertThat(expiring.until()).isEqualTo("2027-01-29");
			ReportView.ExpiringCity guangzhou = expiring.cities().get(0);
			assertThat(guangzhou.total()).isEqualTo(12);
			assertThat(guangzhou.shown()).hasSize(10);
			assertThat(guangzhou.shown().get(0).contractId()).isEqualTo("GZ-100");
			assertThat(guangzhou.soonest()).isEqualTo("2026-10-31");
		}

		@Test
		void namesTheUnionsCoveredAndTheCounty() {
			ReportView.ExpiringRow regional = view(true).expiring().cities().get(0).shown().get(0);
			assertThat(regional.employer()).isEqualTo("单位0 等 3 家");
			assertThat(regional.county()).isEqualTo("跨区县");
			assertThat(regional.scope()).isEqualTo("区域性");
			assertThat(regional.days()).isZero();
			ReportView.ExpiringRow single = view(true).expiring().cities().get(0).shown().get(1);
			assertThat(single.employer()).isEqualTo("单位1");
			assertThat(single.county()).isEqualTo("荔湾区");
			assertThat(single.days()).isEqualTo(5);
		}

		@Test
		void everyScopeListedEvenWithNoContracts() {
			assertThat(view(true).scopes()).extracting(ReportView.ScopeRow::label).containsExactly("单独签订", "区域性",
					"行业性");
			assertThat(view(true).scopes().get(1).unionsPerContract()).isEqualTo("4.5");
			assertThat(view(true).scopes().get(2).contracts()).isEqualTo("0");
			assertThat(view(true).scopes().get(2).unionsPerContract()).isEqualTo("—");
		}
	}

	@Nested
	class Breakdowns {

		@Test
		void industriesWithTheirLetterAndEmptyOnesMarked() {
			List<ReportView.FigureRow> industries = view(true).industries();
			assertThat(industries).extracting(ReportView.FigureRow::name).containsExactly("C 制造业", "T 国际组织");
			assertThat(industries.get(1).empty()).isTrue();
			assertThat(industries.get(1).orgUnits().rate().text()).isEqualTo("无数据");
		}

		@Test
		void countiesOfEachIncludedCity() {
			List<ReportView.CityCounties> counties = view(true).counties();
			assertThat(counties).extracting(ReportView.CityCounties::code).containsExactly("440100", "440300",
					"440400");
			assertThat(counties.get(0).counties()).extracting(ReportView.FigureRow::name).containsExactly("荔湾区");
		}

		@Test
		void trendOfTheProvinceAndEveryCity() {
			ReportView.Trend trend = view(true).trend();
			assertThat(trend.periods()).containsExactly("2026-09", "2026-10");
			assertThat(trend.rows()).hasSize(22);
			assertThat(trend.rows().get(0).cells()).extracting(ReportView.TrendCell::org).containsExactly("83.3%",
					"91.3%");
			// Shenzhen has no row in September: a dash, not 0 %.
			assertThat(trend.rows().get(3).name()).isEqualTo("深圳市");
			assertThat(trend.rows().get(3).cells().get(0).org()).isEqualTo("—");
		}
	}

	@Test
	void targetsAsPeopleWriteThem() {
		ReportView.Targets targets = view(true).targets();
		assertThat(targets).isEqualTo(new ReportView.Targets("95%", "90%", "90%", "85%"));
	}
}
