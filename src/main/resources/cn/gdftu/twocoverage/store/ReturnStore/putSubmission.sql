-- A city's outcome in a load; a city read again (after a crash) replaces what it had.
INSERT INTO submission (load_id, city_code, status, organizations_rows, organizations_accepted,
	contracts_rows, contracts_accepted, rejected_rows, skipped_lines, message)
VALUES (:load, :s.cityCode, :s.status, :s.organizationsRows, :s.organizationsAccepted, :s.contractsRows,
	:s.contractsAccepted, :s.rejectedRows, :s.skippedLines, :s.message)
ON CONFLICT (load_id, city_code) DO UPDATE SET
	status = excluded.status,
	organizations_rows = excluded.organizations_rows,
	organizations_accepted = excluded.organizations_accepted,
	contracts_rows = excluded.contracts_rows,
	contracts_accepted = excluded.contracts_accepted,
	rejected_rows = excluded.rejected_rows,
	skipped_lines = excluded.skipped_lines,
	message = excluded.message
