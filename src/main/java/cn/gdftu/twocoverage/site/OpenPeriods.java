package cn.gdftu.twocoverage.site;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import cn.gdftu.twocoverage.Period;

/**
 * Which periods take uploads: a {@code YYYY-MM} month, not after this month (China time), not locked.
 * The city page offers this month and the two before it (a return is due by the 10th of the next).
 */
@Component
@ConditionalOnWebApplication
public class OpenPeriods {

	private static final int OFFERED = 3;

	private final Clock clock;

	private final PeriodLocks locks;

	OpenPeriods(Clock clock, PeriodLocks locks) {
		this.clock = clock;
		this.locks = locks;
	}

	/** The period of a request: 400 unless {@code YYYY-MM} and not in the future. */
	public Period parse(String period) {
		if (!Period.isPeriod(period)) {
			throw new SiteException(HttpStatus.BAD_REQUEST, "期间应为 YYYY-MM，例如 2026-10，而不是 " + period);
		}
		Period parsed = Period.parse(period);
		if (parsed.month().isAfter(YearMonth.now(this.clock))) {
			throw new SiteException(HttpStatus.BAD_REQUEST, period + " 还没有到，不能报送未来的期间");
		}
		return parsed;
	}

	/** 409 when the province has locked the period. */
	public void requireOpen(Period period) {
		if (this.locks.isLocked(period.toString())) {
			throw locked(period);
		}
	}

	/** The 409 of a locked period. */
	static SiteException locked(Period period) {
		return new SiteException(HttpStatus.CONFLICT,
				period.chineseLabel() + "已被省总工会锁定，不再接收报送；如需更正请联系省总工会女职工部解锁");
	}

	/** Newest first: this month and the two before it that are not locked. */
	public List<Period> offered() {
		List<Period> periods = new ArrayList<>();
		YearMonth month = YearMonth.now(this.clock);
		for (int i = 0; i < OFFERED; i++) {
			Period period = new Period(month.minusMonths(i));
			if (!this.locks.isLocked(period.toString())) {
				periods.add(period);
			}
		}
		return periods;
	}
}
