-- The desk's rows of a period, one per city that uploaded anything (stored or refused).
SELECT period, city_code, version, uploaded_by, uploaded_at, status, organizations_rows, organizations_accepted,
	contracts_rows, contracts_accepted, rejected_rows, message, first_uploaded_by, first_uploaded_at, versions,
	last_attempt_by, last_attempt_at, last_outcome, last_refused, last_detail
FROM current_return
WHERE period = :period
ORDER BY city_code
