-- A period's coverage rows in the order the reports list them (:ordinal).
INSERT INTO coverage (period, level, code, parent_code, name, ordinal,
	org_units_denom, org_units_covered, org_people_denom, org_people_covered,
	contract_units_denom, contract_units_covered, contract_people_denom, contract_people_covered)
VALUES (:period, :r.levelCode, :r.code, :r.parentCode, :r.name, :ordinal,
	:f.orgUnitsDenom, :f.orgUnitsCovered, :f.orgPeopleDenom, :f.orgPeopleCovered,
	:f.contractUnitsDenom, :f.contractUnitsCovered, :f.contractPeopleDenom, :f.contractPeopleCovered)
