-- Contracts of the cities in <cities> that were in force in the earlier load (:prev_load, at :prev_d)
-- and would still be in force at this period's :d, but have no row at all in this load (:load):
-- gone before their expiry date. With the unions they covered, and how many of those are still on
-- this period's roster.
SELECT b.city_code, b.contract_id, MIN(b.scope) AS scope, MIN(b.effective_from) AS effective_from,
	MIN(b.expires_on) AS expires_on, COUNT(*) AS employers, MIN(o.employer_name) AS first_employer,
	SUM(CASE WHEN EXISTS (SELECT 1 FROM organization n
		WHERE n.load_id = :load AND n.city_code = b.city_code AND n.employer_id = b.employer_id)
		THEN 1 ELSE 0 END) AS employers_still_listed
FROM contract b
LEFT JOIN organization o ON o.load_id = b.load_id AND o.city_code = b.city_code AND o.employer_id = b.employer_id
WHERE b.load_id = :prev_load AND b.city_code IN (<cities>) AND b.effective_from <= :prev_d AND b.expires_on >= :d
	AND NOT EXISTS (SELECT 1 FROM contract c
		WHERE c.load_id = :load AND c.city_code = b.city_code AND c.contract_id = b.contract_id)
GROUP BY b.city_code, b.contract_id
ORDER BY b.city_code, b.contract_id
