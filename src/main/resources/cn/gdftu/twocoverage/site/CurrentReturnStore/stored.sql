-- A version just stored (in the storing transaction, after its return_version row): it becomes the
-- city's current return, and its upload the last attempt, not refused. The first upload and the count
-- are read back from return_version, which holds this version already.
INSERT INTO current_return (period, city_code, version, uploaded_by, uploaded_at, status, organizations_rows,
	organizations_accepted, contracts_rows, contracts_accepted, rejected_rows, message, first_uploaded_by,
	first_uploaded_at, versions, last_attempt_by, last_attempt_at, last_outcome, last_refused, last_detail)
SELECT v.period, v.city_code, v.version, v.uploaded_by, v.uploaded_at, v.status, v.organizations_rows,
	v.organizations_accepted, v.contracts_rows, v.contracts_accepted, v.rejected_rows, v.message,
	f.uploaded_by, f.uploaded_at,
	(SELECT COUNT(*) FROM return_version n WHERE n.period = v.period AND n.city_code = v.city_code AND n.version >= 1),
	v.uploaded_by, v.uploaded_at, 'stored', 0, v.message
FROM return_version v
JOIN return_version f ON f.period = v.period AND f.city_code = v.city_code
	AND f.version = (SELECT MIN(m.version) FROM return_version m
		WHERE m.period = v.period AND m.city_code = v.city_code AND m.version >= 1)
WHERE v.period = :period AND v.city_code = :city AND v.version = :version
ON CONFLICT (period, city_code) DO UPDATE SET
	version = excluded.version,
	uploaded_by = excluded.uploaded_by,
	uploaded_at = excluded.uploaded_at,
	status = excluded.status,
	organizations_rows = excluded.organizations_rows,
	organizations_accepted = excluded.organizations_accepted,
	contracts_rows = excluded.contracts_rows,
	contracts_accepted = excluded.contracts_accepted,
	rejected_rows = excluded.rejected_rows,
	message = excluded.message,
	first_uploaded_by = excluded.first_uploaded_by,
	first_uploaded_at = excluded.first_uploaded_at,
	versions = excluded.versions,
	last_attempt_by = excluded.last_attempt_by,
	last_attempt_at = excluded.last_attempt_at,
	last_outcome = excluded.last_outcome,
	last_refused = excluded.last_refused,
	last_detail = excluded.last_detail
