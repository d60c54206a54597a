package cn.gdftu.twocoverage.store;

import java.time.Instant;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import cn.gdftu.twocoverage.Period;

/**
 * What the job reads of the versions the site stores ({@code return_version}, written by the site's
 * {@code SiteStore}): the job runs without the site, so its queries live here, beside the schema.
 */
public interface ReturnVersions {

	/**
	 * The upload times of every return the site stored for the period. Version 0 is a folder that was
	 * there before the site (sent as files): it has no upload time.
	 */
	@SqlQuery("SELECT city_code, uploaded_at FROM return_version WHERE period = :period AND version >= 1")
	@RegisterConstructorMapper(Upload.class)
	List<Upload> uploads(@Bind("period") Period period);

	/** The newest stored version of each city of the period that has one (0: sent as files). */
	@SqlQuery("SELECT city_code, MAX(version) AS version FROM return_version WHERE period = :period GROUP BY city_code")
	@RegisterConstructorMapper(CurrentVersion.class)
	List<CurrentVersion> currentVersions(@Bind("period") Period period);

	/** When a city's return was stored. */
	record Upload(String cityCode, Instant uploadedAt) {
	}

	/** A city's newest stored version. */
	record CurrentVersion(String cityCode, int version) {
	}
}
