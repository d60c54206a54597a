package cn.gdftu.twocoverage.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The province's divisions, the industry sections and the ownership types, read once from the
 * reference CSVs bundled in the jar (copied from the shared reference folder).
 */
public final class ReferenceData {

	public static final String PROVINCE_CODE = "440000";

	public static final String PROVINCE_NAME = "广东省";

	private static final ReferenceData BUNDLED = load();

	private final Map<String, Division> cities;

	private final Map<String, Map<String, Division>> countiesByCity;

	private final Map<String, Industry> industries;

	private final Map<String, Ownership> ownerships;

	private ReferenceData(Map<String, Division> cities, Map<String, Map<String, Division>> countiesByCity,
			Map<String, Industry> industries, Map<String, Ownership> ownerships) {
		this.cities = cities;
		this.countiesByCity = countiesByCity;
		this.industries = industries;
		this.ownerships = ownerships;
	}

	public static ReferenceData bundled() {
		return BUNDLED;
	}

	/** The 21 prefecture-level cities in code order. */
	public List<Division> cities() {
		return List.copyOf(this.cities.values());
	}

	public Optional<Division> city(String code) {
		return Optional.ofNullable(this.cities.get(code));
	}

	public boolean isCity(String code) {
		return this.cities.containsKey(code);
	}

	/**
	 * The county-level units of a city in code order. Dongguan and Zhongshan have no counties: their
	 * one county is the city itself, as SPEC §3 and §4 say.
	 */
	public List<Division> countiesOf(String cityCode) {
		return List.copyOf(this.countiesByCity.getOrDefault(cityCode, Map.of()).values());
	}

	public boolean isCountyOf(String countyCode, String cityCode) {
		return this.countiesByCity.getOrDefault(cityCode, Map.of()).containsKey(countyCode);
	}

	public Optional<Division> county(String cityCode, String countyCode) {
		return Optional.ofNullable(this.countiesByCity.getOrDefault(cityCode, Map.of()).get(countyCode));
	}

	public List<Industry> industries() {
		return List.copyOf(this.industries.values());
	}

	public boolean isIndustry(String code) {
		return this.industries.containsKey(code);
	}

	public List<Ownership> ownerships() {
		return List.copyOf(this.ownerships.values());
	}

	private static ReferenceData load() {
		Map<String, Division> cities = new LinkedHashMap<>();
		Map<String, Map<String, Division>> counties = new LinkedHashMap<>();
		List<Division> countyRows = new ArrayList<>();
		for (CSVRecord row : read("guangdong-divisions.csv")) {
			Division division = new Division(row.get("code"), row.get("name_zh"), row.get("level"), row.get("parent_code"));
			if ("city".equals(division.level())) {
				cities.put(division.code(), division);
			}
			else if ("county".equals(division.level())) {
				countyRows.add(division);
			}
		}
		cities.keySet().stream().sorted().forEach((code) -> counties.put(code, new LinkedHashMap<>()));
		countyRows.stream().sorted((a, b) -> a.code().compareTo(b.code()))
			.forEach((county) -> counties.get(county.parentCode()).put(county.code(), county));
		counties.forEach((code, ofCity) -> {
			if (ofCity.isEmpty()) {
				ofCity.put(code, cities.get(code));
			}
		});
		Map<String, Industry> industries = new LinkedHashMap<>();
		for (CSVRecord row : read("industries.csv")) {
			industries.put(row.get("code"), new Industry(row.get("code"), row.get("name_zh")));
		}
		Map<String, Ownership> ownerships = new LinkedHashMap<>();
		for (CSVRecord row : read("ownership.csv")) {
			ownerships.put(row.get("code"),
					new Ownership(row.get("code"), row.get("name_zh"), List.of(row.get("aliases").split("\\|"))));
		}
		Map<String, Division> sortedCities = new LinkedHashMap<>();
		cities.keySet().stream().sorted().forEach((code) -> sortedCities.put(code, cities.get(code)));
		return new ReferenceData(Collections.unmodifiableMap(sortedCities), counties, industries, ownerships);
	}

	private static List<CSVRecord> read(String name) {
		String resource = "/reference/" + name;
		try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing bundled reference file " + resource);
			}
			Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
