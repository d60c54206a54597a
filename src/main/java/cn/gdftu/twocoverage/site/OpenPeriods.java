package cn.gdftu.twocoverage.site;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.report.ExcelText;

/**
 * Which periods take uploads: a {@code YYYY-MM} month, not after this month (China time), not locked.
 * The city page offers this month and the two before it (a return is due by the 10th of the next).
 */
@Component
@ConditionalOnWebApplication
public class OpenPeriods {


	private final Clock clock;

	private final PeriodLocks locks;

	/** How many months a city may send for: 3 (SPEC §9), this month and the two before. */
	private final int offered;

	OpenPeriods(Clock clock, PeriodLocks locks, @Value("${two-coverage.upload.open-months}") int offered) {
		this.clock = clock;
		this.locks = locks;
		this.offered = offered;
	}

	/**
	 * The site's one reading of a period named in a URL or a form: 400 unless {@code YYYY-MM}. Registered as
	 * the converter to {@link Period} ({@link SiteConfiguration}), so controllers take a {@code Period}.
	 */
	static Period read(String text) {
		if (!Period.isPeriod(text)) {
			throw new SiteException(HttpStatus.BAD_REQUEST, "期间应为 YYYY-MM，例如 2026-10，而不是 " + ExcelText.prefix(text));
		}
		return Period.parse(text);
	}

	/** The period of a request: 400 unless {@code YYYY-MM} and not in the future. */
	public Period parse(String period) {
		return requireStarted(read(period));
	}

	/** 400 for a period in the future (China time); else the period. */
	public Period requireStarted(Period period) {
		if (period.month().isAfter(YearMonth.now(this.clock))) {
			throw new SiteException(HttpStatus.BAD_REQUEST, period + " 还没有到，不能报送未来的期间");
		}
		return period;
	}

	/** 409 when the province has locked the period. */
	public void requireOpen(Period period) {
		if (this.locks.isLocked(period)) {
			throw locked(period);
		}
	}

	/**
	 * 409 when a city account sends for a month its page does not offer (this month and the two before,
	 * China time); the province may send for a city to any period not locked (and it is audited).
	 */
	public void requireOffered(Period period, Account account) {
		YearMonth now = YearMonth.now(this.clock);
		if (!account.isProvince() && period.month().isBefore(now.minusMonths(this.offered - 1))) {
			throw new Closed(period.chineseLabel() + "已过报送期，不再接收报送：网站只接收本月和前两个月（"
					+ new Period(now.minusMonths(this.offered - 1)).chineseLabel() + "至" + new Period(now).chineseLabel()
					+ "）的报送；如需补报或更正请联系省总工会女职工部");
		}
	}

	/** The 409 of a month no longer offered to a city. */
	static final class Closed extends SiteException {

		Closed(String message) {
			super(HttpStatus.CONFLICT, message);
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
		for (int i = 0; i < this.offered; i++) {
			Period period = new Period(month.minusMonths(i));
			if (!this.locks.isLocked(period)) {
				periods.add(period);
			}
		}
		return periods;
	}
}
