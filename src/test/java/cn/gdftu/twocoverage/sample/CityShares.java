package cn.gdftu.twocoverage.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gdftu.twocoverage.reference.Division;

/**
 * How the province's unions are split over the 21 cities: weighted roughly like the real number of
 * enterprises, the Pearl River Delta cities largest and the mountain and coastal cities of the east
 * and west smallest.
 */
final class CityShares {

	private static final Map<String, Double> WEIGHTS = Map.ofEntries(Map.entry("440300", 18.0),
			Map.entry("440100", 16.0), Map.entry("441900", 13.0), Map.entry("440600", 10.0), Map.entry("441300", 5.0),
			Map.entry("442000", 5.0), Map.entry("440700", 4.0), Map.entry("440400", 3.5), Map.entry("440500", 3.5),
			Map.entry("440800", 3.0), Map.entry("441200", 2.5), Map.entry("440900", 2.2), Map.entry("445200", 2.2),
			Map.entry("441800", 2.0), Map.entry("441400", 1.8), Map.entry("440200", 1.7), Map.entry("445100", 1.5),
			Map.entry("441700", 1.4), Map.entry("441600", 1.3), Map.entry("441500", 1.0), Map.entry("445300", 0.9));

	private CityShares() {
	}

	/**
	 * The unions of each city, in the cities' order, adding up to {@code total} (largest remainders),
	 * at least one each.
	 */
	static Map<String, Integer> split(List<Division> cities, int total) {
		if (total < cities.size()) {
			throw new IllegalArgumentException("need at least one union per city: " + cities.size());
		}
		double sum = 0;
		for (Division city : cities) {
			sum += weight(city.code());
		}
		int spare = total - cities.size();
		Map<String, Integer> counts = new LinkedHashMap<>();
		double[] remainders = new double[cities.size()];
		int given = 0;
		for (int i = 0; i < cities.size(); i++) {
			double exact = spare * weight(cities.get(i).code()) / sum;
			int whole = (int) Math.floor(exact);
			remainders[i] = exact - whole;
			counts.put(cities.get(i).code(), 1 + whole);
			given += whole;
		}
		while (given < spare) {
			int best = 0;
			for (int i = 1; i < remainders.length; i++) {
				if (remainders[i] > remainders[best]) {
					best = i;
				}
			}
			remainders[best] = -1;
			counts.merge(cities.get(best).code(), 1, Integer::sum);
			given++;
		}
		return counts;
	}

	private static double weight(String cityCode) {
		Double weight = WEIGHTS.get(cityCode);
		if (weight == null) {
			throw new IllegalArgumentException("no weight for city " + cityCode);
		}
		return weight;
	}
}
