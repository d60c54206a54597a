package cn.gdftu.twocoverage.changes;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.coverage.CoverageRow;
import cn.gdftu.twocoverage.coverage.Figures;
import cn.gdftu.twocoverage.coverage.Level;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The province's movement of SPEC §11: compared cities summed, cities entering and leaving apart. */
class ProvinceMovementTests {

	private static final String PREVIOUS = "2026-09";

	@Test
	void sumsTheComparedCitiesAndSetsApartThoseThatEnteredOrLeft() {
		PeriodChanges changes = changes(
				new CityChange("440100", "广州市", SubmissionStatus.SUBMITTED, PREVIOUS, movement("440100", 5, 2)),
				new CityChange("440300", "深圳市", SubmissionStatus.SUBMITTED, PREVIOUS, movement("440300", 7, 1)),
				// Submitted now, last before 2026-09: it enters the province's figures.
				new CityChange("440200", "韶关市", SubmissionStatus.SUBMITTED, "2026-07", movement("440200", 100, 100)),
				// Missing now, submitted in 2026-09: it leaves them.
				new CityChange("440400", "珠海市", SubmissionStatus.MISSING, PREVIOUS, null),
				// Missing now and then: in neither.
				new CityChange("440500", "汕头市", SubmissionStatus.MISSING, "2026-05", null));
		List<CoverageRow> now = List.of(city("440100", 50), city("440200", 30), city("440300", 70));
		List<CoverageRow> previous = List.of(city("440100", 45), city("440300", 64), city("440400", 12));

		ProvinceMovement province = ProvinceMovement.of(changes, now, previous);

		assertThat(province.comparedCities()).isEqualTo(2);
		assertThat(province.compared().cityCode()).isEqualTo("440000");
		assertThat(province.compared().contractNewlyCovered()).isEqualTo(12);
		assertThat(province.compared().contractLapsed()).isEqualTo(3);
		assertThat(province.entering()).containsExactly("韶关市");
		assertThat(province.entered().contractUnitsCovered()).isEqualTo(30);
		assertThat(province.leaving()).containsExactly("珠海市");
		assertThat(province.left().contractUnitsCovered()).isEqualTo(12);
	}

	@Test
	void aCityWithoutACityRowBringsNoFigures() {
		PeriodChanges changes = changes(
				new CityChange("440200", "韶关市", SubmissionStatus.SUBMITTED, null, movement("440200", 1, 0)));

		ProvinceMovement province = ProvinceMovement.of(changes, List.of(), List.of());

		assertThat(province.entering()).containsExactly("韶关市");
		assertThat(province.entered()).isEqualTo(Figures.NONE);
		assertThat(province.comparedCities()).isZero();
	}

	private static PeriodChanges changes(CityChange... cities) {
		return new PeriodChanges(Period.parse("2026-10"), PREVIOUS, List.of(cities), null, List.of(), List.of(),
				List.of(), ChangeThresholds.DEFAULTS);
	}

	/** A city's movement with only the contract counts these tests read. */
	private static Movement movement(String city, long newlyCovered, long lapsed) {
		return new Movement(city, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, newlyCovered, 0, 0, 0, lapsed);
	}

	private static CoverageRow city(String code, long contractCovered) {
		return new CoverageRow(Level.CITY, code, "440000", code,
				new Figures(0, 0, 0, 0, contractCovered * 2, contractCovered, 0, 0));
	}
}
