-- SPEC §11 for the cities in <cities>: each union of this period's load (:load, at :d) matched by
-- employer_id with the same city in an earlier load (:prev_load, at :prev_d), and the unit counts of
-- what changed. "Counted" and "covered" are those of the coverage (covered-unit.sql), in each
-- period at its own reference date, so the covered counts equal coverage.csv's and
--   contract_covered_current = previous + newly - no_longer + covered_added - covered_removed
-- holds because every union falls in exactly one of those groups. The same four movements are
-- counted for the women-workers' organisation; contract_lapsed counts the unions no longer covered
-- whose every earlier contract in force has expired by :d (the rest lost a contract still running).
WITH dated_load AS (SELECT :load AS load_id, :d AS d UNION ALL SELECT :prev_load, :prev_d),
<covered_unit>,
now_unit AS (SELECT * FROM unit WHERE load_id = :load AND city_code IN (<cities>)),
before_unit AS (SELECT * FROM unit WHERE load_id = :prev_load AND city_code IN (<cities>)),
paired AS (
	SELECT n.city_code, 1 AS in_now, b.employer_id IS NOT NULL AS in_before,
		b.employer_id IS NOT NULL AND (n.county_code <> b.county_code OR n.industry <> b.industry
			OR n.ownership <> b.ownership OR n.employees <> b.employees OR n.women_employees <> b.women_employees
			OR n.women_members <> b.women_members OR n.women_org <> b.women_org) AS changed,
		n.org_counted AS org_counted_now, n.org_covered AS org_now,
		n.contract_counted AS contract_counted_now, n.contract_covered AS contract_now,
		COALESCE(b.org_counted, 0) AS org_counted_before, COALESCE(b.org_covered, 0) AS org_before,
		COALESCE(b.contract_counted, 0) AS contract_counted_before,
		COALESCE(b.contract_covered, 0) AS contract_before,
		NOT EXISTS (SELECT 1 FROM contract c
			WHERE c.load_id = :prev_load AND c.city_code = n.city_code AND c.employer_id = n.employer_id
				AND c.effective_from <= :prev_d AND c.expires_on >= :d) AS lapsed
	FROM now_unit n
	LEFT JOIN before_unit b ON b.city_code = n.city_code AND b.employer_id = n.employer_id
	UNION ALL
	SELECT b.city_code, 0, 1, 0, 0, 0, 0, 0, b.org_counted, b.org_covered, b.contract_counted, b.contract_covered, 0
	FROM before_unit b
	WHERE NOT EXISTS (SELECT 1 FROM now_unit n WHERE n.city_code = b.city_code AND n.employer_id = b.employer_id)
)
SELECT city_code,
	SUM(in_before) AS unions_previous,
	SUM(in_now) AS unions_current,
	SUM(in_now AND NOT in_before) AS added,
	SUM(in_before AND NOT in_now) AS removed,
	SUM(changed) AS changed,
	SUM(org_counted_before) AS org_units_denom_previous,
	SUM(org_counted_now) AS org_units_denom_current,
	SUM(org_before) AS org_units_covered_previous,
	SUM(org_now) AS org_units_covered_current,
	SUM(in_now AND in_before AND org_now AND NOT org_before) AS org_newly_covered,
	SUM(in_now AND in_before AND org_before AND NOT org_now) AS org_no_longer_covered,
	SUM(in_now AND NOT in_before AND org_now) AS org_covered_added,
	SUM(in_before AND NOT in_now AND org_before) AS org_covered_removed,
	SUM(contract_counted_before) AS contract_units_denom_previous,
	SUM(contract_counted_now) AS contract_units_denom_current,
	SUM(contract_before) AS contract_units_covered_previous,
	SUM(contract_now) AS contract_units_covered_current,
	SUM(in_now AND in_before AND contract_now AND NOT contract_before) AS contract_newly_covered,
	SUM(in_now AND in_before AND contract_before AND NOT contract_now) AS contract_no_longer_covered,
	SUM(in_now AND NOT in_before AND contract_now) AS contract_covered_added,
	SUM(in_before AND NOT in_now AND contract_before) AS contract_covered_removed,
	SUM(in_now AND in_before AND contract_before AND NOT contract_now AND lapsed) AS contract_lapsed
FROM paired
GROUP BY city_code
ORDER BY city_code
