package cn.gdftu.twocoverage.review;

import cn.gdftu.twocoverage.Period;

/**
 * Where the review tells a city what the province decided (SPEC §13's notices). The default does
 * nothing; the notices of the site replace it with a bean of their own.
 */
public interface ReviewNotices {

	/** The province sent the city's version back, with its reason. */
	void returned(Period period, String cityCode, int version, String reason, String by);

	/** The province approved the city's version. */
	void approved(Period period, String cityCode, int version, String by);

	ReviewNotices NONE = new ReviewNotices() {

		@Override
		public void returned(Period period, String cityCode, int version, String reason, String by) {
		}

		@Override
		public void approved(Period period, String cityCode, int version, String by) {
		}
	};
}
