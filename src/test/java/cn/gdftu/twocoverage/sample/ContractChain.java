package cn.gdftu.twocoverage.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The contracts one group of employers signs over the years: the first somewhere from eleven years
 * before the first period to a year and a half after it (so coverage rises month by month), mostly
 * for three years, renewed on expiry or after a gap, or not renewed; contracts that expire from the
 * first period on are renewed more often, and more often on time.
 */
final class ContractChain {

	/** A contract's term: in force from {@code from} to {@code to}, both days included. */
	record Term(LocalDate from, LocalDate to) {

		/** Whether a month's return lists it: signed to start within a month, or ended less than half a year ago. */
		boolean listedAt(LocalDate day) {
			return !this.from.isAfter(day.plusDays(LISTED_AHEAD_DAYS)) && !this.to.isBefore(day.minusDays(KEPT_DAYS));
		}
	}

	static final int LISTED_AHEAD_DAYS = 30;

	static final int KEPT_DAYS = 180;

	private static final int FIRST_EARLIEST_DAYS = 4000;

	private static final int FIRST_SPREAD_DAYS = 4180;

	private static final int HORIZON_YEARS = 11;

	/**
	 * Percent of contracts not renewed, and renewed only after a gap of two weeks to four months:
	 * before the first period, and since (the renewal campaign the sample's months show).
	 */
	private static final int LAPSING_BEFORE = 20;

	private static final int LAPSING_SINCE = 8;

	private static final int LATE_BEFORE = 40;

	private static final int LATE_SINCE = 10;

	private ContractChain() {
	}

	/** Every term of the chain, oldest first, up to a horizon past any period a run may write. */
	static List<Term> of(SplittableRandom random, LocalDate anchor) {
		List<Term> terms = new ArrayList<>(4);
		LocalDate from = anchor.minusDays(FIRST_EARLIEST_DAYS).plusDays(random.nextInt(FIRST_SPREAD_DAYS));
		if (random.nextInt(5) < 3) {
			from = from.withDayOfMonth(1);
		}
		LocalDate horizon = anchor.plusYears(HORIZON_YEARS);
		while (!from.isAfter(horizon)) {
			int kind = random.nextInt(100);
			int years = (kind < 80) ? 3 : (kind < 92) ? 2 : 1;
			LocalDate to = from.plusYears(years).minusDays(1);
			terms.add(new Term(from, to));
			boolean campaign = !to.isBefore(anchor);
			if (random.nextInt(100) < (campaign ? LAPSING_SINCE : LAPSING_BEFORE)) {
				break;
			}
			int gap = (random.nextInt(100) >= (campaign ? LATE_SINCE : LATE_BEFORE)) ? 0 : 15 + random.nextInt(106);
			from = to.plusDays(1 + gap);
		}
		return terms;
	}
}
