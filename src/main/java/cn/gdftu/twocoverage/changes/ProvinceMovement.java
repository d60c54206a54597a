package cn.gdftu.twocoverage.changes;

import java.util.ArrayList;
import java.util.List;

import cn.gdftu.twocoverage.coverage.CoverageRow;
import cn.gdftu.twocoverage.coverage.Figures;
import cn.gdftu.twocoverage.coverage.Level;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;
import cn.gdftu.twocoverage.reference.ReferenceData;

/**
 * The province against the previous stored period (SPEC §11): the movements of the cities compared with
 * that same period, summed; the cities that entered the province's figures (submitted now, not then)
 * with the figures they brought; those that left them (submitted then, not now) with the figures they
 * took. The report words it; the arithmetic is here, beside the cities' movements.
 */
public record ProvinceMovement(Movement compared, int comparedCities, List<String> entering, Figures entered,
		List<String> leaving, Figures left) {

	/**
	 * From a period's changes (not the first) and the coverage rows of this period and of the previous
	 * stored one: a city's figures that entered or left are its city row of that period.
	 */
	public static ProvinceMovement of(PeriodChanges changes, List<CoverageRow> now, List<CoverageRow> previous) {
		Movement compared = Movement.none(ReferenceData.PROVINCE_CODE);
		int comparedCities = 0;
		List<String> entering = new ArrayList<>();
		List<String> leaving = new ArrayList<>();
		Figures entered = Figures.NONE;
		Figures left = Figures.NONE;
		for (CityChange city : changes.cities()) {
			boolean inNow = city.status() == SubmissionStatus.SUBMITTED;
			boolean inBefore = changes.previousPeriod().equals(city.previousPeriod());
			if (inNow && inBefore) {
				compared = compared.plus(city.movement());
				comparedCities++;
			}
			else if (inNow) {
				entering.add(city.name());
				entered = entered.plus(cityFigures(now, city.cityCode()));
			}
			else if (inBefore) {
				leaving.add(city.name());
				left = left.plus(cityFigures(previous, city.cityCode()));
			}
		}
		return new ProvinceMovement(compared, comparedCities, List.copyOf(entering), entered, List.copyOf(leaving), left);
	}

	private static Figures cityFigures(List<CoverageRow> rows, String cityCode) {
		return rows.stream()
			.filter((r) -> r.level() == Level.CITY && cityCode.equals(r.code()))
			.map(CoverageRow::figures)
			.findFirst()
			.orElse(Figures.NONE);
	}
}
