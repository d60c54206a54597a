INSERT INTO review_warning (period, city_code, version, ordinal, code, employer_id, employer_name,
	contract_id, previous_value, current_value, message)
VALUES (:period, :city, :version, :ordinal, :w.code, :w.employerId, :w.employerName, :w.contractId,
	:w.previous, :w.current, :w.message)
