-- The two coverages of SPEC §4 for one load at reference date :d, at every level, from unit sums.
-- A union needs a committee when it has 10 or more women members; with 1 to 9, a committee or a
-- commissioner is enough. It is covered by contracts when one accepted contract row for it is in
-- force at D; two contracts count once. Only submitted cities count.
WITH covered AS MATERIALIZED (
	SELECT DISTINCT city_code, employer_id
	FROM contract
	WHERE load_id = :load AND effective_from <= :d AND expires_on >= :d
),
cube AS MATERIALIZED (
	SELECT o.city_code, o.county_code, o.industry, o.ownership,
		SUM(o.women_members >= 1) AS org_units_denom,
		SUM(o.women_members >= 1 AND (o.women_org = 'committee'
			OR (o.women_org = 'commissioner' AND o.women_members < 10))) AS org_units_covered,
		SUM(o.women_members) AS org_people_denom,
		SUM(CASE WHEN o.women_org = 'committee' OR (o.women_org = 'commissioner' AND o.women_members < 10)
			THEN o.women_members ELSE 0 END) AS org_people_covered,
		SUM(o.women_employees >= 1) AS contract_units_denom,
		SUM(o.women_employees >= 1 AND c.employer_id IS NOT NULL) AS contract_units_covered,
		SUM(o.women_employees) AS contract_people_denom,
		SUM(CASE WHEN c.employer_id IS NOT NULL THEN o.women_employees ELSE 0 END) AS contract_people_covered
	FROM organization o
	JOIN submission s ON s.load_id = o.load_id AND s.city_code = o.city_code AND s.status = 'submitted'
	LEFT JOIN covered c ON c.city_code = o.city_code AND c.employer_id = o.employer_id
	WHERE o.load_id = :load
	GROUP BY o.city_code, o.county_code, o.industry, o.ownership
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
