-- The coverage cube of one city of a load at reference date :d (SPEC §4): the unit sums of its unions
-- per county, industry and ownership; CoverageCalculator sums the cubes into every level. Per city so
-- that a city's cube can be computed as soon as its return is stored (CityCubes), beside the next
-- city's ingest. Which unions count and which are covered: covered-unit.sql, shared with the changes
-- of SPEC §11. Its flags are booleans: counted with COUNT(*) FILTER, never summed (PostgreSQL has no
-- SUM(boolean)). A city that is not submitted has no rows.
WITH dated_load AS (SELECT :load AS load_id, :d AS d, :city AS first_city, :city AS last_city),
<covered_unit>
SELECT county_code, industry, ownership,
	COUNT(*) FILTER (WHERE org_counted) AS org_units_denom,
	COUNT(*) FILTER (WHERE org_covered) AS org_units_covered,
	SUM(women_members) AS org_people_denom,
	SUM(CASE WHEN org_met THEN women_members ELSE 0 END) AS org_people_covered,
	COUNT(*) FILTER (WHERE contract_counted) AS contract_units_denom,
	COUNT(*) FILTER (WHERE contract_covered) AS contract_units_covered,
	SUM(women_employees) AS contract_people_denom,
	SUM(CASE WHEN under_contract THEN women_employees ELSE 0 END) AS contract_people_covered
FROM unit
GROUP BY county_code, industry, ownership
