package cn.gdftu.twocoverage.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import cn.gdftu.twocoverage.ingest.Scope;
import cn.gdftu.twocoverage.ingest.WomenOrg;

/**
 * The unusual changes the sample plants with {@code --changes}, each a slip a city federation really
 * makes, in a city that sends its returns around it and plants no bad row that month:
 * <ul>
 * <li>in the month a little before the middle, one smaller city leaves out the sheet of a county that
 * holds about a third of its unions (roster -20 % and more, and the county's contracts still in force
 * vanish with it); it is back the next month (roster +20 % and more);</li>
 * <li>in the last month but one, one union's employees typed with the last digit twice (245 → 2455,
 * more than tenfold; corrected the next month, flagged again), and, in another city, a union with a
 * committee and ten or more women members reports none;</li>
 * <li>in the last month, one enterprise contract in force for at least three more months is left out.</li>
 * </ul>
 */
final class ChangePlan {

	/** What one city's return of one month does differently; at most one field is set. */
	record Alteration(String omittedCounty, String typoEmployer, String committeeDropped, String vanishedContract) {

		Employer apply(Employer e) {
			if (e.id().equals(this.typoEmployer)) {
				return new Employer(e.id(), e.name(), e.countyCode(), e.industry(), e.ownership(), typo(e.employees()),
						e.womenEmployees(), e.womenMembers(), e.womenOrg());
			}
			if (e.id().equals(this.committeeDropped)) {
				return new Employer(e.id(), e.name(), e.countyCode(), e.industry(), e.ownership(), e.employees(),
						e.womenEmployees(), e.womenMembers(), WomenOrg.NONE);
			}
			return e;
		}

		boolean omits(Employer e) {
			return e.countyCode().equals(this.omittedCounty);
		}
	}

	/** The share of the city's roster the left-out county holds. */
	private static final double LEFT_OUT_LOW = 0.28;

	private static final double LEFT_OUT_HIGH = 0.40;

	/** How long the vanished contract still runs after the month's end, at least. */
	private static final int VANISHED_DAYS_LEFT = 90;

	private final Map<String, Alteration> alterations = new HashMap<>();

	private final List<PlantedChange> changes = new ArrayList<>();

	private final List<YearMonth> periods;

	private final Map<YearMonth, List<String>> sending;

	private final Map<YearMonth, Set<String>> badRowCities;

	private final Set<String> used = new HashSet<>();

	private final SplittableRandom random;

	private ChangePlan(long seed, List<YearMonth> periods, Map<YearMonth, List<String>> sending,
			Map<YearMonth, Set<String>> badRowCities) {
		this.periods = periods;
		this.sending = sending;
		this.badRowCities = badRowCities;
		this.random = Seeds.random(seed, Seeds.of("changes"));
	}

	/** No change planted: every return as the model makes it. */
	static ChangePlan none() {
		return new ChangePlan(0, List.of(), Map.of(), Map.of());
	}

	/**
	 * Plans the changes over {@code periods} (at least three) of {@code province}, given which cities send
	 * in each month and which plant bad rows.
	 */
	static ChangePlan of(long seed, List<YearMonth> periods, ProvinceModel province,
			Map<YearMonth, List<String>> sending, Map<YearMonth, Set<String>> badRowCities) {
		if (periods.size() < 3) {
			throw new IllegalArgumentException("--changes needs at least three periods");
		}
		ChangePlan plan = new ChangePlan(seed, periods, sending, badRowCities);
		int n = periods.size();
		plan.leaveOutCounty(province, Math.max(1, n / 2 - 1));
		plan.typeADigitTwice(province, n - 2);
		plan.dropACommittee(province, n - 2);
		plan.leaveOutAContract(province, n - 1);
		plan.changes.sort(Comparator.comparing(PlantedChange::period)
			.thenComparing(PlantedChange::cityCode)
			.thenComparing(PlantedChange::kind)
			.thenComparing(PlantedChange::subject));
		return plan;
	}

	Alteration alteration(YearMonth period, String cityCode) {
		return this.alterations.get(period + "@" + cityCode);
	}

	List<PlantedChange> changes() {
		return List.copyOf(this.changes);
	}

	private void leaveOutCounty(ProvinceModel province, int month) {
		YearMonth period = this.periods.get(month);
		List<Integer> sizes = province.cities().stream().map((c) -> c.unionsAt(0)).sorted().toList();
		int median = sizes.get(sizes.size() / 2);
		for (CityModel city : candidates(province, month, true)) {
			if (city.unionsAt(0) >= median) {
				continue;
			}
			Walk now = Walk.of(city, month, period);
			Map<String, Integer> byCounty = new LinkedHashMap<>();
			now.employers.forEach((e) -> byCounty.merge(e.countyCode(), 1, Integer::sum));
			String county = null;
			double best = 1;
			for (Map.Entry<String, Integer> entry : byCounty.entrySet()) {
				double share = (double) entry.getValue() / now.employers.size();
				if (share >= LEFT_OUT_LOW && share <= LEFT_OUT_HIGH && Math.abs(share - 1.0 / 3) < best) {
					county = entry.getKey();
					best = Math.abs(share - 1.0 / 3);
				}
			}
			if (county == null) {
				continue;
			}
			String code = city.city().code();
			alter(period, code, new Alteration(county, null, null, null));
			plant(period, code, PlantedChange.Kind.ROSTER_SHRANK, county, "county " + county + "'s sheet left out: "
					+ byCounty.get(county) + " of " + now.employers.size() + " unions");
			LocalDate before = this.periods.get(month - 1).atEndOfMonth();
			LocalDate end = period.atEndOfMonth();
			for (Walk.Listed c : Walk.of(city, month - 1, this.periods.get(month - 1)).contracts) {
				if (c.county().equals(county) && !c.term().from().isAfter(before) && !c.term().to().isBefore(end)) {
					plant(period, code, PlantedChange.Kind.CONTRACT_VANISHED, c.id(),
							"a contract of county " + county + " left out with its sheet");
				}
			}
			if (month + 1 < this.periods.size()) {
				plant(this.periods.get(month + 1), code, PlantedChange.Kind.ROSTER_GREW, county,
						"county " + county + "'s sheet back");
			}
			return;
		}
		throw new IllegalStateException("no smaller city with a county of about a third of its unions in " + period);
	}

	private void typeADigitTwice(ProvinceModel province, int month) {
		YearMonth period = this.periods.get(month);
		CityModel city = candidates(province, month, true).get(0);
		Set<String> before = Walk.of(city, month - 1, this.periods.get(month - 1)).ids();
		List<Employer> fitting = Walk.of(city, month, period).employers.stream()
			.skip(2)
			.filter((e) -> e.employees() % 10 != 0 && before.contains(e.id()))
			.toList();
		Employer chosen = fitting.get(this.random.nextInt(fitting.size()));
		String code = city.city().code();
		alter(period, code, new Alteration(null, chosen.id(), null, null));
		plant(period, code, PlantedChange.Kind.EMPLOYEES, chosen.id(),
				"employees " + chosen.employees() + " typed as " + typo(chosen.employees()));
		if (month + 1 < this.periods.size()) {
			plant(this.periods.get(month + 1), code, PlantedChange.Kind.EMPLOYEES, chosen.id(),
					"employees corrected from " + typo(chosen.employees()) + " to " + chosen.employees());
		}
	}

	private void dropACommittee(ProvinceModel province, int month) {
		YearMonth period = this.periods.get(month);
		CityModel city = candidates(province, month, false).get(0);
		Set<String> committees = new HashSet<>();
		Walk.of(city, month - 1, this.periods.get(month - 1)).employers.stream()
			.filter((e) -> e.womenOrg() == WomenOrg.COMMITTEE)
			.forEach((e) -> committees.add(e.id()));
		List<Employer> fitting = Walk.of(city, month, period).employers.stream()
			.skip(2)
			.filter((e) -> e.womenOrg() == WomenOrg.COMMITTEE && e.womenMembers() >= 10 && committees.contains(e.id()))
			.toList();
		Employer chosen = fitting.get(this.random.nextInt(fitting.size()));
		String code = city.city().code();
		alter(period, code, new Alteration(null, null, chosen.id(), null));
		plant(period, code, PlantedChange.Kind.COMMITTEE_DROPPED, chosen.id(),
				"women's committee reported as none with " + chosen.womenMembers() + " women members");
	}

	private void leaveOutAContract(ProvinceModel province, int month) {
		YearMonth period = this.periods.get(month);
		CityModel city = candidates(province, month, false).get(0);
		LocalDate before = this.periods.get(month - 1).atEndOfMonth();
		LocalDate end = period.atEndOfMonth();
		List<Walk.Listed> now = Walk.of(city, month, period).contracts;
		String first = now.get(0).id();
		List<Walk.Listed> fitting = now.stream()
			.filter((c) -> c.scope() == Scope.ENTERPRISE && !c.id().equals(first) && !c.term().from().isAfter(before)
					&& !c.term().to().isBefore(end.plusDays(VANISHED_DAYS_LEFT)))
			.toList();
		Walk.Listed chosen = fitting.get(this.random.nextInt(fitting.size()));
		String code = city.city().code();
		alter(period, code, new Alteration(null, null, null, chosen.id()));
		plant(period, code, PlantedChange.Kind.CONTRACT_VANISHED, chosen.id(),
				"enterprise contract in force to " + chosen.term().to() + " left out");
	}

	/**
	 * The cities, in a seeded order, that send this month and the one before (and the next one, when
	 * the change is flagged again then), plant no bad row this month and have no change yet.
	 */
	private List<CityModel> candidates(ProvinceModel province, int month, boolean next) {
		List<CityModel> cities = new ArrayList<>();
		for (CityModel city : province.cities()) {
			String code = city.city().code();
			boolean sends = sends(code, month) && sends(code, month - 1)
					&& (!next || month + 1 >= this.periods.size() || sends(code, month + 1));
			if (sends && !this.badRowCities.getOrDefault(this.periods.get(month), Set.of()).contains(code)
					&& !this.used.contains(code)) {
				cities.add(city);
			}
		}
		for (int i = cities.size() - 1; i > 0; i--) {
			int j = this.random.nextInt(i + 1);
			CityModel swap = cities.get(i);
			cities.set(i, cities.get(j));
			cities.set(j, swap);
		}
		if (cities.isEmpty()) {
			throw new IllegalStateException("no city to plant a change in " + this.periods.get(month));
		}
		return cities;
	}

	private boolean sends(String code, int month) {
		return this.sending.get(this.periods.get(month)).contains(code);
	}

	private void alter(YearMonth period, String code, Alteration alteration) {
		this.used.add(code);
		this.alterations.put(period + "@" + code, alteration);
	}

	private void plant(YearMonth period, String code, PlantedChange.Kind kind, String subject, String note) {
		this.changes.add(new PlantedChange(period, code, kind, subject, note));
	}

	/** The last digit typed twice: more than tenfold for any count not ending in 0. */
	static int typo(int count) {
		return count * 10 + count % 10;
	}

	/** A city's month as the model makes it, held in memory: only for the few cities a change is planted in. */
	private static final class Walk implements CityModel.Visitor {

		record Listed(String id, Scope scope, ContractChain.Term term, String county) {
		}

		final List<Employer> employers = new ArrayList<>();

		final List<Listed> contracts = new ArrayList<>();

		static Walk of(CityModel city, int month, YearMonth period) {
			Walk walk = new Walk();
			try {
				city.walk(month, period.atEndOfMonth(), walk);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return walk;
		}

		Set<String> ids() {
			Set<String> ids = new HashSet<>();
			this.employers.forEach((e) -> ids.add(e.id()));
			return ids;
		}

		@Override
		public void employer(Employer employer) {
			this.employers.add(employer);
		}

		@Override
		public void contract(String contractId, Scope scope, ContractChain.Term term, List<Employer> covered) {
			this.contracts.add(new Listed(contractId, scope, term, covered.get(0).countyCode()));
		}
	}
}
