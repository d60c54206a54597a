-- A version's warnings in the order the comparison found them.
SELECT code, employer_id, employer_name, contract_id, previous_value AS previous, current_value AS current,
	message
FROM review_warning
WHERE period = :period AND city_code = :city AND version = :version
ORDER BY ordinal
