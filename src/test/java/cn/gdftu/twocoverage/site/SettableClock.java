package cn.gdftu.twocoverage.site;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import cn.gdftu.twocoverage.ChinaTime;

/**
 * The shared site context's clock ({@link SiteContext}): China time as in production, or stood still at
 * a moment a test class names for itself; each class starts on the real time again.
 */
public final class SettableClock extends Clock {

	private volatile Clock now = Clock.system(ChinaTime.ZONE);

	/** Stands the clock still at {@code instant}, China time. */
	public void standAt(Instant instant) {
		this.now = Clock.fixed(instant, ChinaTime.ZONE);
	}

	/** Back to the real time. */
	public void run() {
		this.now = Clock.system(ChinaTime.ZONE);
	}

	@Override
	public ZoneId getZone() {
		return this.now.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this.now.withZone(zone);
	}

	@Override
	public Instant instant() {
		return this.now.instant();
	}
}
