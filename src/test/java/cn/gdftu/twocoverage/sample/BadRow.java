package cn.gdftu.twocoverage.sample;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.gdftu.twocoverage.ingest.Reason;
import cn.gdftu.twocoverage.ingest.ReturnKind;

import static cn.gdftu.twocoverage.ingest.ReturnKind.CONTRACTS;
import static cn.gdftu.twocoverage.ingest.ReturnKind.ORGANIZATIONS;

/**
 * The mistakes the sample plants with {@code --bad-rows}: each breaks exactly one rule of SPEC §5, in
 * a row of its own, so the row is rejected for that reason and nothing else changes.
 */
enum BadRow {

	/** A new union whose code has a wrong last character. */
	BAD_CHECK_CHARACTER(ORGANIZATIONS, Reason.BAD_EMPLOYER_ID),

	/** A new union filed under a county of another city. */
	COUNTY_OF_ANOTHER_CITY(ORGANIZATIONS, Reason.BAD_COUNTY),

	/** Industry {@code Z}, which GB/T 4754 does not have. */
	INDUSTRY_Z(ORGANIZATIONS, Reason.BAD_INDUSTRY),

	/** Ownership {@code 股份制}: a legal form, not an ownership type. */
	OWNERSHIP_JOINT_STOCK(ORGANIZATIONS, Reason.BAD_OWNERSHIP),

	/** Employees {@code 12.5}. */
	DECIMAL_EMPLOYEES(ORGANIZATIONS, Reason.BAD_NUMBER),

	/** More women employees than employees. */
	MORE_WOMEN_THAN_EMPLOYEES(ORGANIZATIONS, Reason.INCONSISTENT_COUNTS),

	/** Women's organisation {@code 有} ("yes") instead of which one. */
	WOMEN_ORG_YES(ORGANIZATIONS, Reason.BAD_WOMEN_ORG),

	/** The city's first union again, further down. */
	DUPLICATE_EMPLOYER(ORGANIZATIONS, Reason.DUPLICATE_EMPLOYER),

	/** An enterprise contract of an employer that is not on the roster. */
	UNKNOWN_EMPLOYER(CONTRACTS, Reason.UNKNOWN_EMPLOYER),

	/** The city's first contract row again, further down. */
	DUPLICATE_CONTRACT_ROW(CONTRACTS, Reason.DUPLICATE_ROW),

	/** Effective from {@code 2026-13-01}. */
	IMPOSSIBLE_DATE(CONTRACTS, Reason.BAD_DATE),

	/** A contract that expires three years before it takes effect (the dates swapped). */
	EXPIRES_BEFORE_EFFECTIVE(CONTRACTS, Reason.DATE_ORDER),

	/** An enterprise contract written for two employers: both its rows are rejected. */
	ENTERPRISE_WITH_TWO_EMPLOYERS(CONTRACTS, Reason.INCONSISTENT_CONTRACT);

	/** How many cities get bad rows in a month. */
	static final int CITIES_PER_MONTH = 4;

	private final ReturnKind file;

	private final Reason reason;

	BadRow(ReturnKind file, Reason reason) {
		this.file = file;
		this.reason = reason;
	}

	ReturnKind file() {
		return this.file;
	}

	/** The reason the job must give for the planted row. */
	Reason reason() {
		return this.reason;
	}

	/**
	 * Which cities get which mistakes in a month: {@value #CITIES_PER_MONTH} of the cities that send a
	 * return, drawn anew each month, share every kind of mistake between them (three or four each).
	 */
	static Map<String, List<BadRow>> plan(long seed, YearMonth period, List<String> sendingCities) {
		SplittableRandom random = Seeds.random(seed, Seeds.of("bad-rows"), Seeds.of(period.toString()));
		List<String> cities = new ArrayList<>(sendingCities);
		shuffle(cities, random);
		List<BadRow> kinds = new ArrayList<>(Arrays.asList(values()));
		shuffle(kinds, random);
		int chosen = Math.min(CITIES_PER_MONTH, cities.size());
		Map<String, List<BadRow>> plan = new LinkedHashMap<>();
		for (int i = 0; i < kinds.size() && chosen > 0; i++) {
			plan.computeIfAbsent(cities.get(i % chosen), (city) -> new ArrayList<>()).add(kinds.get(i));
		}
		return plan;
	}

	private static <T> void shuffle(List<T> list, SplittableRandom random) {
		for (int i = list.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			T swap = list.get(i);
			list.set(i, list.get(j));
			list.set(j, swap);
		}
	}
}
