package cn.gdftu.twocoverage.sample;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Everything one run of the generator is told. The same spec always writes the same bytes.
 *
 * @param out the input folder to write {@code <period>/<city>/} under
 * @param periods the months to write, oldest first; the first is month 0 of the model
 * @param unions the province's unions in the first period (later months grow slowly)
 * @param seed the seed every random choice derives from
 * @param dress how the cities write their files
 * @param badRows whether to plant rows that each break one rule of SPEC §5
 * @param missing {@code city@period} returns not sent (no folder)
 * @param changes whether to plant unusual changes since the previous month ({@link ChangePlan})
 */
public record SampleSpec(Path out, List<YearMonth> periods, int unions, long seed, DressMode dress, boolean badRows,
		Set<String> missing, boolean changes) {

	/** The most months one run writes: a range typo such as 2026-05..2062-05 is refused. */
	static final int MAX_PERIODS = 120;

	/** The most unions one run makes: a city's employer indexes stay far below the planted ones. */
	static final int MAX_UNIONS = 100_000_000;

	/** A spec that plants no unusual change. */
	public SampleSpec(Path out, List<YearMonth> periods, int unions, long seed, DressMode dress, boolean badRows,
			Set<String> missing) {
		this(out, periods, unions, seed, dress, badRows, missing, false);
	}

	public SampleSpec {
		periods = List.copyOf(periods);
		missing = Set.copyOf(missing);
		if (periods.isEmpty()) {
			throw new IllegalArgumentException("no period");
		}
		if (unions < 21 || unions > MAX_UNIONS) {
			throw new IllegalArgumentException(
					"--unions must be from 21 (one per city) to " + MAX_UNIONS + ", got " + unions);
		}
	}

	/** How many months after the first period this one is: the model's month index. */
	int monthIndex(YearMonth period) {
		return (int) ChronoUnit.MONTHS.between(this.periods.get(0), period);
	}

	boolean isMissing(String cityCode, YearMonth period) {
		return this.missing.contains(cityCode + "@" + period);
	}

	/** {@code 2026-05..2026-10} or a single {@code 2026-05}. */
	public static List<YearMonth> parsePeriods(String text) {
		String[] ends = text.trim().split("\\.\\.", -1);
		if (ends.length > 2) {
			throw new IllegalArgumentException("periods must be YYYY-MM or YYYY-MM..YYYY-MM: " + text);
		}
		YearMonth first = period(ends[0]);
		YearMonth last = (ends.length == 2) ? period(ends[1]) : first;
		if (last.isBefore(first)) {
			throw new IllegalArgumentException("the range ends before it starts: " + text);
		}
		if (ChronoUnit.MONTHS.between(first, last) >= MAX_PERIODS) {
			throw new IllegalArgumentException("at most " + MAX_PERIODS + " periods: " + text);
		}
		List<YearMonth> periods = new ArrayList<>();
		for (YearMonth p = first; !p.isAfter(last); p = p.plusMonths(1)) {
			periods.add(p);
		}
		return periods;
	}

	static YearMonth period(String text) {
		String trimmed = text.trim();
		if (!trimmed.matches("\\d{4}-\\d{2}")) {
			throw new IllegalArgumentException("a period is YYYY-MM: " + text);
		}
		try {
			return YearMonth.parse(trimmed);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("a period is YYYY-MM: " + text);
		}
	}
}
