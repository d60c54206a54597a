package cn.gdftu.twocoverage.store;

import java.util.List;

import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import cn.gdftu.twocoverage.ingest.Contract;
import cn.gdftu.twocoverage.ingest.Organization;
import cn.gdftu.twocoverage.ingest.RowRejection;
import cn.gdftu.twocoverage.ingest.SkippedLine;
import cn.gdftu.twocoverage.ingest.Submission;

/** What a load holds of the cities' returns: accepted rows, rejected rows, skipped lines, statuses. */
public interface ReturnStore extends SqlObject {

	/** Accepted unions, bound by position: this runs for every row of the province. */
	default void addOrganizations(long load, String city, List<Organization> organizations) {
		RowBatch.insert(getHandle(), "INSERT INTO organization (load_id, city_code, line, employer_id, employer_name, "
				+ "county_code, industry, ownership, employees, women_employees, women_members, women_org) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", organizations, (statement, o) -> {
					statement.setLong(1, load);
					statement.setString(2, city);
					statement.setInt(3, o.line());
					statement.setString(4, o.employerId());
					statement.setString(5, o.employerName());
					statement.setString(6, o.countyCode());
					statement.setString(7, o.industry());
					statement.setString(8, o.ownership());
					statement.setInt(9, o.employees());
					statement.setInt(10, o.womenEmployees());
					statement.setInt(11, o.womenMembers());
					statement.setString(12, o.womenOrg().code());
				});
	}

	/** Accepted contract rows, bound by position. */
	default void addContracts(long load, String city, List<Contract> contracts) {
		RowBatch.insert(getHandle(), "INSERT INTO contract (load_id, city_code, line, contract_id, scope, employer_id, "
				+ "effective_from, expires_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", contracts, (statement, c) -> {
					statement.setLong(1, load);
					statement.setString(2, city);
					statement.setInt(3, c.line());
					statement.setString(4, c.contractId());
					statement.setString(5, c.scope().code());
					statement.setString(6, c.employerId());
					statement.setString(7, c.effectiveFrom().toString());
					statement.setString(8, c.expiresOn().toString());
				});
	}

	@SqlBatch("INSERT INTO row_reject (load_id, city_code, file, line, column_name, value, reason, message, kind) "
			+ "VALUES (:load, :city, :r.file, :r.line, :r.column, :r.value, :r.reason, :r.message, :r.table)")
	void addRejects(@Bind("load") long load, @Bind("city") String city, @BindMethods("r") List<RowRejection> rejects);

	@SqlBatch("INSERT INTO skipped_line (load_id, city_code, file, line, kind) "
			+ "VALUES (:load, :city, :s.file, :s.line, :s.kind)")
	void addSkippedLines(@Bind("load") long load, @Bind("city") String city,
			@BindMethods("s") List<SkippedLine> lines);

	@SqlUpdate("INSERT INTO submission (load_id, city_code, status, organizations_rows, organizations_accepted, "
			+ "contracts_rows, contracts_accepted, rejected_rows, skipped_lines, message) VALUES (:load, :s.cityCode, "
			+ ":s.status, :s.organizationsRows, :s.organizationsAccepted, :s.contractsRows, :s.contractsAccepted, "
			+ ":s.rejectedRows, :s.skippedLines, :s.message) ON CONFLICT (load_id, city_code) DO UPDATE SET "
			+ "status = excluded.status, organizations_rows = excluded.organizations_rows, "
			+ "organizations_accepted = excluded.organizations_accepted, contracts_rows = excluded.contracts_rows, "
			+ "contracts_accepted = excluded.contracts_accepted, rejected_rows = excluded.rejected_rows, "
			+ "skipped_lines = excluded.skipped_lines, message = excluded.message")
	void putSubmission(@Bind("load") long load, @BindMethods("s") Submission submission);

	/** Whether the city has its outcome (submitted, missing or rejected) in the load: then it is done. */
	default boolean hasSubmission(long load, String city) {
		return countSubmissions(load, city) > 0;
	}

	@SqlQuery("SELECT count(*) FROM submission WHERE load_id = :load AND city_code = :city")
	int countSubmissions(@Bind("load") long load, @Bind("city") String city);

	/** The cities with an outcome in the load; before publishing, every city of the province must be here once. */
	@SqlQuery("SELECT city_code FROM submission WHERE load_id = :load ORDER BY city_code")
	List<String> citiesWithOutcome(@Bind("load") long load);

	@SqlUpdate("INSERT INTO unknown_submission (load_id, name) VALUES (:load, :name)")
	void addUnknownSubmission(@Bind("load") long load, @Bind("name") String name);

	@SqlUpdate("DELETE FROM unknown_submission WHERE load_id = :load")
	void forgetUnknownSubmissions(@Bind("load") long load);

	/** Clears what an interrupted attempt at this city left, so the city is read again from its first line. */
	default void forgetCity(long load, String city) {
		for (String table : CITY_TABLES) {
			deleteCityRows(table, load, city);
		}
	}

	String[] CITY_TABLES = { "organization", "contract", "row_reject", "skipped_line", "submission" };

	@SqlUpdate("DELETE FROM <table> WHERE load_id = :load AND city_code = :city")
	void deleteCityRows(@Define("table") String table, @Bind("load") long load,
			@Bind("city") String city);

	@SqlUpdate("DELETE FROM contract WHERE load_id = :load AND city_code = :city AND contract_id = :contract")
	void deleteContract(@Bind("load") long load, @Bind("city") String city, @Bind("contract") String contract);

}
