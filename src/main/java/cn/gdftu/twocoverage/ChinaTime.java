package cn.gdftu.twocoverage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * China time, wherever the server's clock is set: periods, deadlines and every time a page shows
 * (an upload, a lock, a run) are read in it.
 */
public final class ChinaTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

	private ChinaTime() {
	}

	/** To the second, as the site shows an upload, a lock or a run. */
	public static String seconds(Instant instant) {
		return SECONDS.format(instant);
	}

	/** To the minute, as the report lists the late cities' first uploads. */
	public static String minutes(Instant instant) {
		return MINUTES.format(instant);
	}

	/** A day as Chinese text writes it, e.g. the reference date in the bulletin: {@code 2026年10月31日}. */
	public static String chineseDate(LocalDate day) {
		return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}
}
