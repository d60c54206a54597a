package cn.gdftu.twocoverage.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;

/**
 * The province the sample describes: the 21 cities of the reference data, each with its share of
 * the unions and its counties, stable from month to month. Holds no employer: each city makes them
 * as they are written.
 */
final class ProvinceModel {

	private final List<CityModel> cities;

	ProvinceModel(ReferenceData reference, int unions, long seed, LocalDate anchor) {
		List<Division> divisions = reference.cities();
		Map<String, Integer> shares = CityShares.split(divisions, unions);
		List<CityModel> models = new ArrayList<>();
		for (int i = 0; i < divisions.size(); i++) {
			Division city = divisions.get(i);
			models.add(new CityModel(city, i + 1, reference.countiesOf(city.code()), shares.get(city.code()), seed,
					anchor));
		}
		this.cities = List.copyOf(models);
	}

	/** The cities in code order. */
	List<CityModel> cities() {
		return this.cities;
	}
}
