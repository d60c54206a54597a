-- Contracts of a load in force at :d that expire within 90 days after it (:d <= expires_on <= :until),
-- with the unions they cover, those unions' women employees and the first of them by name, soonest first.
WITH dated_load AS (SELECT :load AS load_id, :d AS d, '000000' AS first_city, '999999' AS last_city),
<contract_in_force>
SELECT c.city_code, c.contract_id, c.scope, c.effective_from, c.expires_on,
	COUNT(*) AS covered_employers,
	COALESCE(SUM(o.women_employees), 0) AS covered_women_employees,
	CASE WHEN MIN(o.county_code) = MAX(o.county_code) THEN MIN(o.county_code) ELSE '' END AS county_code,
	COALESCE(MIN(o.employer_name), '') AS first_employer_name
FROM contract_in_force c
JOIN submission s ON s.load_id = c.load_id AND s.city_code = c.city_code AND s.status = 'submitted'
LEFT JOIN organization o ON o.load_id = c.load_id AND o.city_code = c.city_code AND o.employer_id = c.employer_id
WHERE c.expires_on <= :until
GROUP BY c.city_code, c.contract_id, c.scope, c.effective_from, c.expires_on
ORDER BY c.expires_on, c.city_code, c.contract_id
