package cn.gdftu.twocoverage.report.chart;

import java.time.YearMonth;
import java.util.Objects;

import cn.gdftu.twocoverage.Period;

/**
 * The texts around a chart: a title, a subtitle with the period and the cities included, and
 * the source footnote. Slides are often shown without the report, so each chart says all three.
 */
public record ChartHeading(String title, String subtitle, String footnote) {

	public static final String SOURCE = "数据来源：各市总工会月报 · 广东省总工会女职工部";

	public static final int CITIES = 21;

	public ChartHeading {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(subtitle, "subtitle");
		Objects.requireNonNull(footnote, "footnote");
	}

	/** The usual heading: e.g. subtitle {@code 2026年10月 · 纳入统计 19/21 个市} and {@link #SOURCE}. */
	public static ChartHeading of(String title, YearMonth period, int citiesIncluded) {
		return new ChartHeading(title, periodLine(period, citiesIncluded), SOURCE);
	}

	public static String periodLine(YearMonth period, int citiesIncluded) {
		return new Period(period).chineseLabel() + " · 纳入统计 " + citiesIncluded + "/"
				+ CITIES + " 个市";
	}
}
