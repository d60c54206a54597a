-- A period's stored coverage rows, in the order they were stored.
SELECT level, code, parent_code, name,
	org_units_denom, org_units_covered, org_people_denom, org_people_covered,
	contract_units_denom, contract_units_covered, contract_people_denom, contract_people_covered
FROM coverage
WHERE period = :period
ORDER BY ordinal
