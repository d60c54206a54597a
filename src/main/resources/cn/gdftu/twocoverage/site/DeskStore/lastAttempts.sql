-- Each city's newest upload attempt of the period that was a return stored or refused (not a request
-- refused for being malformed or not allowed, which says nothing about the city's return).
SELECT a.city_code, a.account, a.at, a.outcome, a.detail
FROM upload_audit a
WHERE a.period = :period
	AND a.audit_id = (SELECT MAX(b.audit_id) FROM upload_audit b
		WHERE b.period = a.period AND b.city_code = a.city_code
			AND b.outcome IN ('stored', 'rejected', 'locked', 'too_large'))
