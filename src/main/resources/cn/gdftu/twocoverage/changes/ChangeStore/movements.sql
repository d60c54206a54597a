-- SPEC §11 for the cities in <cities>: each union of this period's load (:load, at :d) matched by
-- employer_id with the same city in an earlier load (:prev_load, at :prev_d), and the unit counts of
-- what changed. "Counted" and "covered" are those of the coverage (covered-unit.sql), in each
-- period at its own reference date, so the covered counts equal coverage.csv's and
--   contract_covered_current = previous + newly - no_longer + covered_added - covered_removed
-- holds because every union falls in exactly one of those groups. The same four movements are
-- counted for the women-workers' organisation; contract_lapsed counts the unions no longer covered
-- whose every earlier contract in force has expired by :d (the rest lost a contract still running).
-- Every flag is a boolean (TRUE/FALSE, never 1/0) and counted with COUNT(*) FILTER: the same SQL on
-- SQLite and PostgreSQL, which has no SUM(boolean) and no boolean/integer COALESCE or UNION.
WITH dated_load AS (SELECT :load AS load_id, :d AS d, '000000' AS first_city, '999999' AS last_city
	UNION ALL SELECT :prev_load, :prev_d, '000000', '999999'),
<covered_unit>,
now_unit AS (SELECT * FROM unit WHERE load_id = :load AND city_code IN (<cities>)),
before_unit AS (SELECT * FROM unit WHERE load_id = :prev_load AND city_code IN (<cities>)),
paired AS (
	SELECT n.city_code, TRUE AS in_now, b.employer_id IS NOT NULL AS in_before,
		b.employer_id IS NOT NULL AND (n.county_code <> b.county_code OR n.industry <> b.industry
			OR n.ownership <> b.ownership OR n.employees <> b.employees OR n.women_employees <> b.women_employees
			OR n.women_members <> b.women_members OR n.women_org <> b.women_org) AS changed,
		n.org_counted AS org_counted_now, n.org_covered AS org_now,
		n.contract_counted AS contract_counted_now, n.contract_covered AS contract_now,
		COALESCE(b.org_counted, FALSE) AS org_counted_before, COALESCE(b.org_covered, FALSE) AS org_before,
		COALESCE(b.contract_counted, FALSE) AS contract_counted_before,
		COALESCE(b.contract_covered, FALSE) AS contract_before,
		NOT EXISTS (SELECT 1 FROM contract c
			WHERE c.load_id = :prev_load AND c.city_code = n.city_code AND c.employer_id = n.employer_id
				AND c.effective_from <= :prev_d AND c.expires_on >= :d) AS lapsed
	FROM now_unit n
	LEFT JOIN before_unit b ON b.city_code = n.city_code AND b.employer_id = n.employer_id
	UNION ALL
	SELECT b.city_code, FALSE, TRUE, FALSE, FALSE, FALSE, FALSE, FALSE, b.org_counted, b.org_covered, b.contract_counted,
		b.contract_covered, FALSE
	FROM before_unit b
	WHERE NOT EXISTS (SELECT 1 FROM now_unit n WHERE n.city_code = b.city_code AND n.employer_id = b.employer_id)
)
SELECT city_code,
	COUNT(*) FILTER (WHERE in_before) AS unions_previous,
	COUNT(*) FILTER (WHERE in_now) AS unions_current,
	COUNT(*) FILTER (WHERE in_now AND NOT in_before) AS added,
	COUNT(*) FILTER (WHERE in_before AND NOT in_now) AS removed,
	COUNT(*) FILTER (WHERE changed) AS changed,
	COUNT(*) FILTER (WHERE org_counted_before) AS org_units_denom_previous,
	COUNT(*) FILTER (WHERE org_counted_now) AS org_units_denom_current,
	COUNT(*) FILTER (WHERE org_before) AS org_units_covered_previous,
	COUNT(*) FILTER (WHERE org_now) AS org_units_covered_current,
	COUNT(*) FILTER (WHERE in_now AND in_before AND org_now AND NOT org_before) AS org_newly_covered,
	COUNT(*) FILTER (WHERE in_now AND in_before AND org_before AND NOT org_now) AS org_no_longer_covered,
	COUNT(*) FILTER (WHERE in_now AND NOT in_before AND org_now) AS org_covered_added,
	COUNT(*) FILTER (WHERE in_before AND NOT in_now AND org_before) AS org_covered_removed,
	COUNT(*) FILTER (WHERE contract_counted_before) AS contract_units_denom_previous,
	COUNT(*) FILTER (WHERE contract_counted_now) AS contract_units_denom_current,
	COUNT(*) FILTER (WHERE contract_before) AS contract_units_covered_previous,
	COUNT(*) FILTER (WHERE contract_now) AS contract_units_covered_current,
	COUNT(*) FILTER (WHERE in_now AND in_before AND contract_now AND NOT contract_before) AS contract_newly_covered,
	COUNT(*) FILTER (WHERE in_now AND in_before AND contract_before AND NOT contract_now) AS contract_no_longer_covered,
	COUNT(*) FILTER (WHERE in_now AND NOT in_before AND contract_now) AS contract_covered_added,
	COUNT(*) FILTER (WHERE in_before AND NOT in_now AND contract_before) AS contract_covered_removed,
	COUNT(*) FILTER (WHERE in_now AND in_before AND contract_before AND NOT contract_now AND lapsed) AS contract_lapsed
FROM paired
GROUP BY city_code
ORDER BY city_code
