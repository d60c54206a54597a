package cn.gdftu.twocoverage.sample;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.gdftu.twocoverage.ingest.Scope;
import cn.gdftu.twocoverage.ingest.WomenOrg;
import cn.gdftu.twocoverage.reference.Division;

/**
 * One city's unions and contracts, made on the fly so no month is ever held in memory. The
 * employers come in groups, each a pure function of the seed and its place in the city: a single
 * employer (that may sign an enterprise contract), or 3–20 employers of one county (a regional
 * contract) or of one county and industry (an industry contract). Employer {@code i} is the same every
 * month, only its women members and women's organisation move; the city grows slowly at the end.
 */
final class CityModel {

	/** What a month's walk hands over, group by group: its employers, then its listed contracts. */
	interface Visitor {

		void employer(Employer employer) throws IOException;

		void contract(String contractId, Scope scope, ContractChain.Term term, List<Employer> covered) throws IOException;
	}

	/** How much a city's roster grows each month. */
	static final double MONTHLY_GROWTH = 0.003;

	/** The share of groups that are regional and industry clusters (the rest are single employers). */
	private static final double REGIONAL_GROUPS = 0.032;

	private static final double INDUSTRY_GROUPS = 0.024;

	/**
	 * Contract rows per union in the first period. Groups sign so that the rows listed at the first
	 * period's end keep to this ratio at any size, in every city (later months list a little more as
	 * new contracts come in): a regional or industry group signs unless the city is already well ahead
	 * of the ratio, and single employers sign more often the further behind it the city is. Whether a
	 * group signs never depends on its own dates, so the contracts starting later are not favoured. The
	 * benchmark sizes its work on this ratio; it holds within a few percent from about 6,000 unions.
	 */
	static final double CONTRACT_ROWS_PER_UNION = 0.362;

	/** How likely a single employer is to sign when the city is on the ratio. */
	private static final double SINGLE_SIGNING = 0.1;

	/** How far ahead of the ratio, in rows per employer of the group, a city still lets a group sign. */
	private static final double GROUP_LEAD = 0.25;

	/** How much each contract row the city is behind or ahead of the ratio moves that likelihood. */
	private static final double SIGNING_CORRECTION = 0.05;

	private static final String[] OWNERSHIPS = { "private", "hmt", "foreign", "state", "collective", "other" };

	private static final double[] OWNERSHIP_WEIGHTS = Seeds.cumulative(65, 10, 8, 7, 4, 6);

	private final Division city;

	private final String shortName;

	private final List<Division> counties;

	private final double[] countyWeights;

	private final int firstUnions;

	private final long salt;

	private final LocalDate anchor;

	private final ContractIds contractIds;

	CityModel(Division city, int cityOrdinal, List<Division> counties, int firstUnions, long seed, LocalDate anchor) {
		this.city = city;
		this.shortName = city.name().endsWith("市") ? city.name().substring(0, city.name().length() - 1) : city.name();
		this.counties = counties;
		this.firstUnions = firstUnions;
		this.salt = Seeds.mix(seed, Seeds.of(city.code()));
		this.anchor = anchor;
		this.contractIds = new ContractIds(city.code(), cityOrdinal);
		SplittableRandom random = Seeds.random(this.salt, -2);
		double[] weights = new double[counties.size()];
		for (int i = 0; i < weights.length; i++) {
			// Urban districts come first in code order and are busier.
			weights[i] = (0.4 + random.nextDouble() * 1.2) * ((i < 3) ? 1.6 : 1.0);
		}
		this.countyWeights = Seeds.cumulative(weights);
	}

	Division city() {
		return this.city;
	}

	ContractIds contractIds() {
		return this.contractIds;
	}

	/** The roster's target size in a month; the last group may take it a little over. */
	int unionsAt(int month) {
		return (int) Math.round(this.firstUnions * (1 + MONTHLY_GROWTH * month));
	}

	/** Hands every union of a month and every contract its return lists at {@code day} to the visitor. */
	void walk(int month, LocalDate day, Visitor visitor) throws IOException {
		SplittableRandom layout = Seeds.random(this.salt, -1);
		int target = unionsAt(month);
		Map<Integer, Integer> serials = new HashMap<>();
		List<Employer> members = new ArrayList<>(20);
		int index = 0;
		int rowsAtAnchor = 0;
		while (index < target) {
			double kindDraw = layout.nextDouble();
			Scope scope = (kindDraw < REGIONAL_GROUPS) ? Scope.REGIONAL
					: (kindDraw < REGIONAL_GROUPS + INDUSTRY_GROUPS) ? Scope.INDUSTRY : Scope.ENTERPRISE;
			int size = (scope == Scope.ENTERPRISE) ? 1 : 3 + Math.min(17, (int) (-Math.log(1 - layout.nextDouble()) * 6));
			Division county = this.counties.get(Seeds.pick(layout, this.countyWeights));
			Trades.Trade trade = Trades.pick(layout);
			List<ContractChain.Term> chain = ContractChain.of(new SplittableRandom(layout.nextLong()), this.anchor);
			double owed = CONTRACT_ROWS_PER_UNION * (index + size) - rowsAtAnchor;
			boolean signs = (scope == Scope.ENTERPRISE)
					? layout.nextDouble() < SINGLE_SIGNING + SIGNING_CORRECTION * owed : owed > -size * GROUP_LEAD;
			if (signs) {
				rowsAtAnchor += size * listedAt(chain, this.anchor);
			}
			members.clear();
			for (int i = 0; i < size; i++) {
				Employer employer = employer(index + i, scope, county, trade, month);
				visitor.employer(employer);
				members.add(employer);
			}
			if (signs) {
				for (ContractChain.Term term : chain) {
					int year = term.from().getYear();
					int serial = serials.merge(year, 1, Integer::sum);
					if (term.listedAt(day)) {
						visitor.contract(this.contractIds.id(scope, year, serial), scope, term, members);
					}
				}
			}
			index += size;
		}
	}

	private static int listedAt(List<ContractChain.Term> chain, LocalDate day) {
		int listed = 0;
		for (ContractChain.Term term : chain) {
			if (term.listedAt(day)) {
				listed++;
			}
		}
		return listed;
	}

	/**
	 * Employer {@code index} in a month. Members of a regional group share its county, of an industry
	 * group its county and trade. Its random stream depends on the index alone, never on the month.
	 */
	Employer employer(long index, Scope groupScope, Division groupCounty, Trades.Trade groupTrade, int month) {
		SplittableRandom random = Seeds.random(this.salt, index);
		Division ownCounty = this.counties.get(Seeds.pick(random, this.countyWeights));
		Trades.Trade ownTrade = Trades.pick(random);
		Division county = (groupScope == Scope.ENTERPRISE) ? ownCounty : groupCounty;
		Trades.Trade trade = (groupScope == Scope.INDUSTRY) ? groupTrade : ownTrade;
		String ownership = OWNERSHIPS[Seeds.pick(random, OWNERSHIP_WEIGHTS)];
		if ("PQSD".contains(trade.letter()) && random.nextInt(2) == 0) {
			ownership = "state";
		}
		double logSize = Math.log(50 * trade.size()) + 1.15 * random.nextGaussian();
		int employees = (int) Math.min(3000, 4 + Math.ceil(Math.exp(logSize)));
		double share = Math.max(0, Math.min(0.95, trade.womenShare() + 0.13 * random.nextGaussian()));
		int women = (random.nextInt(50) == 0) ? 0 : (int) Math.round(employees * share);
		int members = (int) Math.round(women * (0.55 + 0.45 * random.nextDouble()));
		boolean noMembersYet = random.nextInt(1000) < 35;
		int growth = (random.nextInt(4) == 0) ? 1 + random.nextInt(3) : 0;
		members = noMembersYet ? 0 : Math.min(women, members + growth * month);
		WomenOrg org = womenOrg(members, month, random.nextDouble(), random.nextDouble());
		String type = "PQS".contains(trade.letter()) ? ("state".equals(ownership) ? "12" : "52") : "91";
		String id = CreditCodes.of(type, county.code(), index, this.salt);
		String district = county.code().equals(this.city.code()) ? null : this.city.name() + county.name();
		String name = Names.of(random, this.shortName, district, trade, ownership, employees);
		return new Employer(id, name, county.code(), trade.letter(), ownership, employees, women, members, org);
	}

	/**
	 * Most unions have the organisation they need (a committee from 10 women members, a committee or
	 * a commissioner below), more of them each month; the rest have none or too small a one.
	 */
	private static WomenOrg womenOrg(int members, int month, double uptake, double form) {
		boolean organised = uptake < Math.min(0.95, 0.79 + 0.013 * month);
		if (members == 0) {
			return (form < 0.1) ? WomenOrg.COMMISSIONER : WomenOrg.NONE;
		}
		if (members >= 10) {
			return organised ? WomenOrg.COMMITTEE : (form < 0.5) ? WomenOrg.COMMISSIONER : WomenOrg.NONE;
		}
		return organised ? ((form < 0.25) ? WomenOrg.COMMITTEE : WomenOrg.COMMISSIONER) : WomenOrg.NONE;
	}
}
