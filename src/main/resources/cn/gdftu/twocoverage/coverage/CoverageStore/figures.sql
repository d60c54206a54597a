-- The two coverages of SPEC §4 for one load at reference date :d, at every level, from unit sums.
-- Which unions count and which are covered: covered-unit.sql, shared with the changes of SPEC §11.
-- Its flags are booleans: counted with COUNT(*) FILTER, never summed (PostgreSQL has no SUM(boolean)).
WITH dated_load AS (SELECT :load AS load_id, :d AS d),
<covered_unit>,
cube AS MATERIALIZED (
	SELECT city_code, county_code, industry, ownership,
		COUNT(*) FILTER (WHERE org_counted) AS org_units_denom,
		COUNT(*) FILTER (WHERE org_covered) AS org_units_covered,
		SUM(women_members) AS org_people_denom,
		SUM(CASE WHEN org_met THEN women_members ELSE 0 END) AS org_people_covered,
		COUNT(*) FILTER (WHERE contract_counted) AS contract_units_denom,
		COUNT(*) FILTER (WHERE contract_covered) AS contract_units_covered,
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
