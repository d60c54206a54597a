package cn.gdftu.twocoverage.report;

import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import cn.gdftu.twocoverage.store.Submission;

/** What the report reads of a published load besides the coverage figures. */
public interface ReportStore {

	@SqlQuery("SELECT city_code, status, organizations_rows, organizations_accepted, contracts_rows, "
			+ "contracts_accepted, rejected_rows, skipped_lines, message FROM submission WHERE load_id = :load "
			+ "ORDER BY city_code")
	@RegisterConstructorMapper(Submission.class)
	List<Submission> submissions(@Bind("load") long load);

	/**
	 * A city's to-do list: the organizations source first (organizations.csv, organizations.xlsx or a
	 * workbook's organizations sheet, SPEC §8), then the contracts source, each by line.
	 */
	@SqlQuery("SELECT file, line, column_name, value, reason, message FROM row_reject "
			+ "WHERE load_id = :load AND city_code = :city "
			+ "ORDER BY CASE WHEN file = 'organizations.csv' OR file LIKE 'organizations.xlsx[%' "
			+ "OR file LIKE '%[organizations]' OR file LIKE '%[基层工会台账]' OR file LIKE '%[基层工会]' "
			+ "THEN 0 ELSE 1 END, line")
	@RegisterConstructorMapper(Reject.class)
	List<Reject> rejects(@Bind("load") long load, @Bind("city") String city);

	@SqlQuery("SELECT city_code, reason, count(*) AS count FROM row_reject WHERE load_id = :load "
			+ "GROUP BY city_code, reason ORDER BY city_code, count(*) DESC, reason")
	@RegisterConstructorMapper(ReasonCount.class)
	List<ReasonCount> reasonCounts(@Bind("load") long load);

	@SqlQuery("SELECT name FROM unknown_submission WHERE load_id = :load ORDER BY name")
	List<String> unknownSubmissions(@Bind("load") long load);

	@SqlQuery("SELECT scope, count(DISTINCT contract_id) AS contracts, count(DISTINCT employer_id) AS unions "
			+ "FROM contract WHERE load_id = :load AND effective_from <= :d AND expires_on >= :d GROUP BY scope")
	@RegisterConstructorMapper(ScopeCount.class)
	List<ScopeCount> scopeCounts(@Bind("load") long load, @Bind("d") java.time.LocalDate referenceDate);

	/**
	 * For each contract in force at D that expires by {@code until}: the first of its unions by name
	 * (the one union of a single-employer contract), so the report can name who is about to lose cover.
	 */
	@SqlQuery("SELECT c.city_code, c.contract_id, MIN(o.employer_name) AS employer_name FROM contract c "
			+ "JOIN organization o ON o.load_id = c.load_id AND o.city_code = c.city_code "
			+ "AND o.employer_id = c.employer_id WHERE c.load_id = :load AND c.effective_from <= :d "
			+ "AND c.expires_on >= :d AND c.expires_on <= :until GROUP BY c.city_code, c.contract_id")
	@RegisterConstructorMapper(ContractEmployer.class)
	List<ContractEmployer> expiringEmployers(@Bind("load") long load, @Bind("d") java.time.LocalDate referenceDate,
			@Bind("until") java.time.LocalDate until);

	/** A stored row of a city's rejects file. */
	record Reject(String file, int line, String columnName, String value, String reason, String message) {

		/** A rejected value is only ever echoed as a short prefix (page, JSON, rejects file, validate). */
		public Reject {
			value = ExcelText.prefix(value);
		}
	}

	/** How many rows of a city were rejected for one reason. */
	record ReasonCount(String cityCode, String reason, int count) {
	}

	/** The first union (by name) a contract covers. */
	record ContractEmployer(String cityCode, String contractId, String employerName) {
	}

	/** Contracts in force at D by scope, and the unions they cover. */
	record ScopeCount(String scope, int contracts, int unions) {
	}
}
