package cn.gdftu.twocoverage.changes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.Definition;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import cn.gdftu.twocoverage.coverage.CoveredUnit;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;
import cn.gdftu.twocoverage.Period;

/**
 * The SQL of SPEC §11: what each city's roster did between its previous submitted period and this
 * one, and the unusual changes to check. Every count comes from the stored accepted rows of the two
 * published loads; "covered" is the coverage's own ({@link CoveredUnit}).
 */
public interface ChangeStore {

	/** Which unions count and which are covered, for movements.sql. */
	@Definition(key = CoveredUnit.ATTRIBUTE)
	String COVERED_UNIT = CoveredUnit.SQL;

	@SqlQuery("SELECT city_code, status FROM submission WHERE load_id = :load ORDER BY city_code")
	@RegisterConstructorMapper(CityStatus.class)
	List<CityStatus> statuses(@Bind("load") long load);

	/** The latest stored period before this one: the province's comparison. */
	@SqlQuery("SELECT period FROM period_state WHERE period < :period ORDER BY period DESC LIMIT 1")
	Optional<String> previousPeriod(@Bind("period") Period period);

	/** For each city, the latest earlier stored period in which it was submitted, and that period's load. */
	@SqlQuery
	@UseClasspathSqlLocator
	@RegisterConstructorMapper(Prior.class)
	List<Prior> priors(@Bind("period") Period period);

	@SqlQuery
	@UseClasspathSqlLocator
	@RegisterConstructorMapper(Movement.class)
	List<Movement> movements(@Bind("load") long load, @Bind("d") LocalDate d, @Bind("prev_load") long previousLoad,
			@Bind("prev_d") LocalDate previousD, @BindList("cities") List<String> cities);

	@SqlQuery
	@UseClasspathSqlLocator
	@RegisterConstructorMapper(UnusualUnion.class)
	List<UnusualUnion> unusualUnions(@Bind("load") long load, @Bind("prev_load") long previousLoad,
			@BindList("cities") List<String> cities, @Bind("factor") int factor,
			@Bind("committee_members") int committeeMembers);

	@SqlQuery
	@UseClasspathSqlLocator
	@RegisterConstructorMapper(VanishedContract.class)
	List<VanishedContract> vanishedContracts(@Bind("load") long load, @Bind("d") LocalDate d,
			@Bind("prev_load") long previousLoad, @Bind("prev_d") LocalDate previousD,
			@BindList("cities") List<String> cities);

	/** A city's submission status in a load. */
	record CityStatus(String cityCode, SubmissionStatus status) {
	}

	/** A city's previous submitted period and the load published for it. */
	record Prior(String cityCode, Period period, long loadId) {
	}
}
