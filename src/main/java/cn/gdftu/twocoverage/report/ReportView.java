package cn.gdftu.twocoverage.report;

import java.util.List;
import java.util.Map;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;

/**
 * What index.html shows, worked out ahead so that the template only lays it out (and escapes it).
 * Numbers that come from coverage.csv are {@link Cell}s carrying their coverage.csv key, which the
 * page writes as {@code data-cov} so that a test can check every one of them against the file.
 * (Thymeleaf reads these through their public accessors; colours are CSS class names, see {@link Rag}.)
 */
record ReportView(String period, String periodLabel, String referenceDate, String previousLabel,
		Targets targets, Headline headline, LeagueRow leagueProvince, List<LeagueRow> league, Completeness quality,
		List<String> unknownSubmissions, Trend trend, List<FigureRow> industries, List<FigureRow> ownerships,
		List<CityCounties> counties, List<ScopeRow> scopes, Expiring expiring, Map<String, ChartRef> charts,
		OnTime onTime) {

	/** The two targets and the lower edges of their amber bands, as whole or one-decimal percents. */
	record Targets(String org, String contract, String orgNear, String contractNear) {
	}

	/** A figure of coverage.csv as shown: key {@code level/code/column}, e.g. {@code city/440100/org_units_rate}. */
	record Cell(String key, String text) {
	}

	/** One of the four figures: the rate, the covered units (or people) and the denominator. */
	record Figure(Cell rate, Cell covered, Cell denominator) {
	}

	/**
	 * The headline: both province rates, with people beside units, which cities are in them, and how many
	 * of those meet each target.
	 */
	record Headline(Side org, Side contract, long included, int cities, List<String> missing, List<String> rejected,
			long orgMet, long contractMet) {
	}

	/** One rate of the headline. */
	record Side(String label, String unitNoun, String peopleNoun, Figure units, Figure people, PointChange unitsChange,
			PointChange peopleChange, String target, String rag, String ragLabel, String needed) {
	}

	/** A city of the league table; not included (missing or rejected) cities have no standings. */
	record LeagueRow(String code, String name, boolean included, SubmissionStatus status, String message,
			Standing org, Standing contract) {
	}

	/** A city's units rate against its target. */
	record Standing(Figure units, String rank, PointChange change, String rag, String ragLabel, String needed,
			String neededKey) {
	}

	/** The cities' returns: how many of each status, the rows rejected, and each city's return. */
	record Completeness(int submitted, int missing, int rejected, int citiesWithRejects, String rejectedRows,
			List<QualityRow> rows) {
	}

	/** A city's return: status, rows per file, the commonest reject reasons, its rejects file. */
	record QualityRow(String code, String name, SubmissionStatus status, int organizationsRows,
			int organizationsAccepted, int organizationsRejected, int contractsRows, int contractsAccepted,
			int contractsRejected, int rejectedRows, int skippedLines, List<ReasonRow> reasons, int otherReasons,
			String rejectsHref, String message) {
	}

	/** How many rows of a city were rejected for one reason. */
	record ReasonRow(String code, String message, int count) {
	}

	/** The stored periods, oldest first, and for the province and each city both units rates in each. */
	record Trend(List<String> periods, List<TrendRow> rows) {
	}

	record TrendRow(String name, boolean province, List<TrendCell> cells) {
	}

	record TrendCell(String org, String contract) {
	}

	/** An industry, ownership type or county with all four figures. */
	record FigureRow(String name, Figure orgUnits, Figure orgPeople, Figure contractUnits, Figure contractPeople,
			boolean empty) {
	}

	/** A submitted city's counties, with their chart. */
	record CityCounties(String code, String name, Figure orgUnits, Figure contractUnits, List<FigureRow> counties,
			ChartRef chart) {
	}

	/** Contracts in force at D of one scope, and the unions they cover. */
	record ScopeRow(String label, String contracts, String unions, String unionsPerContract) {
	}

	/** Contracts in force at D that expire within the window after it (to {@code until}), by city. */
	record Expiring(int total, int shownPerCity, int windowDays, String until, List<ExpiringCity> cities) {
	}

	/** A city's contracts expiring within the window: how many, and the soonest few. */
	record ExpiringCity(String code, String name, int total, List<ExpiringRow> shown, String soonest) {
	}

	record ExpiringRow(String contractId, String scope, String employer, String county, String effectiveFrom,
			String expiresOn, long days, int employers, String womenEmployees) {
	}

	/**
	 * Timeliness in the completeness section: {@code known} when at least one return came through the
	 * site; the on-time rate {@code n/21}, the late cities with their first upload (China time), and the
	 * cities whose returns came as files (no upload time, not judged).
	 */
	record OnTime(boolean known, String deadline, String onTimeRate, List<LateCity> late, List<String> asFiles) {
	}

	record LateCity(String name, String firstUpload) {
	}

	/** A chart's files, relative to index.html. */
	record ChartRef(String name, String title, String png, String svg) {
	}
}
