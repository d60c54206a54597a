-- A stored version of a city's return for the period, with the check's counts.
INSERT INTO return_version (period, city_code, version, uploaded_by, uploaded_at, status, organizations_rows,
	organizations_accepted, contracts_rows, contracts_accepted, rejected_rows, message)
VALUES (:period, :cityCode, :version, :uploadedBy, :uploadedAt, :status, :organizationsRows,
	:organizationsAccepted, :contractsRows, :contractsAccepted, :rejectedRows, :message)
