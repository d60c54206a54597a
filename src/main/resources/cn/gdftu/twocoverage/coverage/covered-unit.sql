-- SPEC §4 for each union of the loads in dated_load (load_id, d, first_city, last_city), of the cities
-- whose codes lie from first_city to last_city, at that load's reference date d:
-- whether it counts in each denominator and whether it is covered. The one definition of "counted"
-- and "covered": cube.sql sums it into each city's coverage cube, the changes of SPEC §11 compare it between
-- two periods. A union needs a committee when it has 10 or more women members; with 1 to 9, a
-- committee or a commissioner is enough. It is covered by contracts when one accepted contract row
-- for it is in force at D; two contracts count once. Only submitted cities count.
--
-- in_force: each employer of a city with at least one accepted contract row in force at its load's
-- d (contract-in-force.sql, which CoveredUnit puts before this piece), once. Built once and joined, it costs about a quarter less than probing the contracts per
-- union. GROUP BY rather than DISTINCT: with DISTINCT SQLite plans the join as a nested scan, with
-- GROUP BY it builds an index on the set.
in_force AS (
	SELECT load_id, city_code, employer_id
	FROM contract_in_force
	GROUP BY load_id, city_code, employer_id
),
unit AS (
	SELECT o.load_id, o.city_code, o.employer_id, o.county_code, o.industry, o.ownership, o.employees,
		o.women_employees, o.women_members, o.women_org, org_met, under_contract,
		o.women_members >= 1 AS org_counted,
		o.women_members >= 1 AND org_met AS org_covered,
		o.women_employees >= 1 AS contract_counted,
		o.women_employees >= 1 AND under_contract AS contract_covered
	FROM (
		SELECT o.*,
			(o.women_org = 'committee' OR (o.women_org = 'commissioner' AND o.women_members < 10)) AS org_met,
			f.employer_id IS NOT NULL AS under_contract
		FROM dated_load dl
		JOIN organization o ON o.load_id = dl.load_id AND o.city_code BETWEEN dl.first_city AND dl.last_city
		JOIN submission s ON s.load_id = o.load_id AND s.city_code = o.city_code AND s.status = 'submitted'
		LEFT JOIN in_force f ON f.load_id = o.load_id AND f.city_code = o.city_code AND f.employer_id = o.employer_id
	) o
)
