package cn.gdftu.twocoverage.site;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import cn.gdftu.twocoverage.Period;

/**
 * The periods the province has locked (SPEC §9): a locked period takes no uploads (409). The lock and
 * unlock routes belong to the province desk; uploads ask {@link #isLocked(Period)}.
 */
@Component
@ConditionalOnWebApplication
public class PeriodLocks {

	private final SiteStore store;

	private final Clock clock;

	PeriodLocks(SiteStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	public boolean isLocked(Period period) {
		return this.store.isLocked(period);
	}

	/** Returns false when the period was already locked. */
	public boolean lock(Period period, String account) {
		return this.store.lockPeriod(period, account, this.clock.instant().toString());
	}

	/** Returns false when the period was not locked. */
	public boolean unlock(Period period) {
		return this.store.unlock(period) > 0;
	}

	public List<String> lockedPeriods() {
		return this.store.lockedPeriods();
	}
}
