-- Every city's outcome in a load, by city code.
SELECT city_code, status, organizations_rows, organizations_accepted, contracts_rows, contracts_accepted,
	rejected_rows, skipped_lines, message
FROM submission
WHERE load_id = :load
ORDER BY city_code
