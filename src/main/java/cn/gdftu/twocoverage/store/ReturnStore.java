package cn.gdftu.twocoverage.store;

import java.util.List;

import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
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

	@SqlBatch
	@UseClasspathSqlLocator
	void addRejects(@Bind("load") long load, @Bind("city") String city, @BindMethods("r") List<RowRejection> rejects);

	@SqlBatch
	@UseClasspathSqlLocator
	void addSkippedLines(@Bind("load") long load, @Bind("city") String city,
			@BindMethods("s") List<SkippedLine> lines);

	@SqlUpdate
	@UseClasspathSqlLocator
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

	/** Copies a city's rows of one table to another load; {@code columns} is every column but load_id. */
	@SqlUpdate
	@UseClasspathSqlLocator
	void copyCityRows(@Define("table") String table, @Define("columns") String columns, @Bind("load") long load,
			@Bind("to") long to, @Bind("city") String city);

	/** A city's accepted unions in a load, by employer id. */
	@SqlQuery
	@UseClasspathSqlLocator
	@RegisterConstructorMapper(Organization.class)
	List<Organization> organizations(@Bind("load") long load, @Bind("city") String city);

	/** The ids of a city's accepted contracts in a load. */
	@SqlQuery("SELECT DISTINCT contract_id FROM contract WHERE load_id = :load AND city_code = :city")
	List<String> contractIds(@Bind("load") long load, @Bind("city") String city);

}
