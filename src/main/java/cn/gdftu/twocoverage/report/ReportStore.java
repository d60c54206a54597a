package cn.gdftu.twocoverage.report;

import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Definition;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import cn.gdftu.twocoverage.coverage.CoveredUnit;
import cn.gdftu.twocoverage.ingest.RowRejection;
import cn.gdftu.twocoverage.ingest.Scope;
import cn.gdftu.twocoverage.ingest.Submission;

/** What the report reads of a published load besides the coverage figures. */
public interface ReportStore {

	/** "In force at D" (coverage/contract-in-force.sql), for scopeCounts.sql. */
	@Definition(key = CoveredUnit.IN_FORCE_ATTRIBUTE)
	String CONTRACT_IN_FORCE = CoveredUnit.IN_FORCE_SQL;

	@SqlQuery
	@UseClasspathSqlLocator
	@RegisterConstructorMapper(Submission.class)
	List<Submission> submissions(@Bind("load") long load);

	/**
	 * A city's to-do list: the organizations source first (organizations.csv, organizations.xlsx or a
	 * workbook's organizations sheet, SPEC §8: the stored table kind says which), then the contracts
	 * source, each by line.
	 */
	@SqlQuery
	@UseClasspathSqlLocator
	@RegisterConstructorMapper(RowRejection.class)
	List<RowRejection> rejects(@Bind("load") long load, @Bind("city") String city);

	@SqlQuery
	@UseClasspathSqlLocator
	@RegisterConstructorMapper(ReasonCount.class)
	List<ReasonCount> reasonCounts(@Bind("load") long load);

	@SqlQuery("SELECT name FROM unknown_submission WHERE load_id = :load ORDER BY name")
	List<String> unknownSubmissions(@Bind("load") long load);

	@SqlQuery
	@UseClasspathSqlLocator
	@RegisterConstructorMapper(ScopeCount.class)
	List<ScopeCount> scopeCounts(@Bind("load") long load, @Bind("d") java.time.LocalDate referenceDate);

	/** How many rows of a city were rejected for one reason. */
	record ReasonCount(String cityCode, String reason, int count) {
	}

	/** Contracts in force at D by scope, and the unions they cover. */
	record ScopeCount(Scope scope, int contracts, int unions) {
	}
}
