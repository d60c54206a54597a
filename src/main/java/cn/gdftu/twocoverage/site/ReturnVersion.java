package cn.gdftu.twocoverage.site;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

import cn.gdftu.twocoverage.ingest.SubmissionStatus;

/**
 * One stored version of a city's return for a period, with the check's summary of it. Version 0 is a
 * folder that was in the input before the site stored anything for that city (status null).
 */
public record ReturnVersion(String period, @ColumnName("city_code") String cityCode, int version,
		@ColumnName("uploaded_by") String uploadedBy, @ColumnName("uploaded_at") String uploadedAt, SubmissionStatus status,
		@ColumnName("organizations_rows") int organizationsRows,
		@ColumnName("organizations_accepted") int organizationsAccepted,
		@ColumnName("contracts_rows") int contractsRows, @ColumnName("contracts_accepted") int contractsAccepted,
		@ColumnName("rejected_rows") int rejectedRows, String message) {
}
