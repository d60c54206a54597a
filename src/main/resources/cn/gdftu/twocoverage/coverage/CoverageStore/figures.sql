-- The two coverages of SPEC §4 for one load at reference date :d, at every level, from unit sums.
-- A union needs a committee when it has 10 or more women members; with 1 to 9, a committee or a
-- commissioner is enough. It is covered by contracts when one accepted contract row for it is in
-- force at D; two contracts count once. Only submitted cities count.
--
-- in_force is the covered-by-contract definition in one piece: each employer of a city with at least
-- one accepted contract row in force at D, once. Built once and joined, it costs about a quarter less
-- than probing the contracts per union. GROUP BY rather than DISTINCT: with DISTINCT SQLite plans
-- the join as a nested scan, with GROUP BY it builds an index on the set.
WITH in_force AS (
	SELECT city_code, employer_id FROM contract
	WHERE load_id = :load AND effective_from <= :d AND expires_on >= :d
	GROUP BY city_code, employer_id
),
unit AS (
	SELECT o.city_code, o.county_code, o.industry, o.ownership, o.women_members, o.women_employees,
		(o.women_org = 'committee' OR (o.women_org = 'commissioner' AND o.women_members < 10)) AS org_met,
		f.employer_id IS NOT NULL AS under_contract
	FROM organization o
	JOIN submission s ON s.load_id = o.load_id AND s.city_code = o.city_code AND s.status = 'submitted'
	LEFT JOIN in_force f ON f.city_code = o.city_code AND f.employer_id = o.employer_id
	WHERE o.load_id = :load
),
cube AS MATERIALIZED (
	SELECT city_code, county_code, industry, ownership,
		SUM(women_members >= 1) AS org_units_denom,
		SUM(women_members >= 1 AND org_met) AS org_units_covered,
		SUM(women_members) AS org_people_denom,
		SUM(CASE WHEN org_met THEN women_members ELSE 0 END) AS org_people_covered,
		SUM(women_employees >= 1) AS contract_units_denom,
		SUM(women_employees >= 1 AND under_contract) AS contract_units_covered,
		SUM(women_employees) AS contract_people_denom,
		SUM(CASE WHEN under_contract THEN women_employees ELSE 0 END) AS contract_people_covered
	FROM unit
	GROUP BY city_code, county_code, industry, ownership
)
SELECT 'province' AS level, '440000' AS code, '' AS parent_code,
	SUM(org_units_denom) AS org_units_denom, SUM(org_units_covered) AS org_units_covered,
	SUM(org_people_denom) AS org_people_denom, SUM(org_people_covered) AS org_people_covered,
	SUM(contract_units_denom) AS contract_units_denom, SUM(contract_units_covered) AS contract_units_covered,
	SUM(contract_people_denom) AS contract_people_denom, SUM(contract_people_covered) AS contract_people_covered
FROM cube
HAVING COUNT(*) > 0
UNION ALL
SELECT 'city', city_code, '440000',
	SUM(org_units_denom), SUM(org_units_covered), SUM(org_people_denom), SUM(org_people_covered),
	SUM(contract_units_denom), SUM(contract_units_covered), SUM(contract_people_denom), SUM(contract_people_covered)
FROM cube GROUP BY city_code
UNION ALL
SELECT 'county', county_code, city_code,
	SUM(org_units_denom), SUM(org_units_covered), SUM(org_people_denom), SUM(org_people_covered),
	SUM(contract_units_denom), SUM(contract_units_covered), SUM(contract_people_denom), SUM(contract_people_covered)
FROM cube GROUP BY city_code, county_code
UNION ALL
SELECT 'industry', industry, '440000',
	SUM(org_units_denom), SUM(org_units_covered), SUM(org_people_denom), SUM(org_people_covered),
	SUM(contract_units_denom), SUM(contract_units_covered), SUM(contract_people_denom), SUM(contract_people_covered)
FROM cube GROUP BY industry
UNION ALL
SELECT 'ownership', ownership, '440000',
	SUM(org_units_denom), SUM(org_units_covered), SUM(org_people_denom), SUM(org_people_covered),
	SUM(contract_units_denom), SUM(contract_units_covered), SUM(contract_people_denom), SUM(contract_people_covered)
FROM cube GROUP BY ownership
