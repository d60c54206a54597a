package cn.gdftu.twocoverage.site;

import java.util.List;
import java.util.Set;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import cn.gdftu.twocoverage.ingest.SubmissionStatus;
import cn.gdftu.twocoverage.Period;

/**
 * Each city's current return of a period as the desk shows it ({@code current_return}, migration 6),
 * written in the transaction of the upload that changes it, so the desk reads one row per city and
 * never the audit trail. The SQL is in the {@code .sql} files beside this interface's name.
 */
@UseClasspathSqlLocator
public interface CurrentReturnStore {

	/** The audit outcomes of an upload refused as a return (the others refuse the request, not the return). */
	Set<String> REFUSALS = Set.of(UploadAudit.REJECTED, UploadAudit.LOCKED, UploadAudit.TOO_LARGE);

	/** The version just stored (its {@code return_version} row already written) becomes current. */
	@SqlUpdate
	void stored(@Bind("period") Period period, @Bind("city") String cityCode, @Bind("version") int version);

	/** An upload refused, audited as {@code entry}: the city's last attempt, the current version kept. */
	@SqlUpdate
	void refused(@BindMethods AuditEntry entry);

	@SqlQuery
	@RegisterConstructorMapper(Row.class)
	List<Row> ofPeriod(@Bind("period") Period period);

	/**
	 * A city's row: its newest stored version (all null or zero when none), its first stored upload, how
	 * many versions it stored (from 1), and its last upload attempt that was a return stored or refused.
	 */
	record Row(String period, String cityCode, Integer version, String uploadedBy, String uploadedAt,
			SubmissionStatus status, int organizationsRows, int organizationsAccepted, int contractsRows,
			int contractsAccepted, int rejectedRows, String message, String firstUploadedBy, String firstUploadedAt,
			int versions, String lastAttemptBy, String lastAttemptAt, String lastOutcome, boolean lastRefused,
			String lastDetail) {

		/** The newest stored version, as {@code return_version} holds it; null when none. */
		ReturnVersion current() {
			return (this.version == null) ? null
					: new ReturnVersion(this.period, this.cityCode, this.version, this.uploadedBy, this.uploadedAt,
							this.status, this.organizationsRows, this.organizationsAccepted, this.contractsRows,
							this.contractsAccepted, this.rejectedRows, this.message);
		}

		/** The last attempt when it was refused, as the desk shows it; null otherwise. */
		DeskStore.Attempt refusal() {
			return this.lastRefused ? new DeskStore.Attempt(this.cityCode, this.lastAttemptBy, this.lastAttemptAt,
					this.lastOutcome, this.lastDetail) : null;
		}
	}
}
