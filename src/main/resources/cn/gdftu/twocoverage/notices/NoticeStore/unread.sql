-- How many of the city's notices the account has not opened.
SELECT COUNT(*)
FROM notice n
WHERE n.city_code = :city
	AND NOT EXISTS (SELECT 1 FROM notice_read r WHERE r.notice_id = n.notice_id AND r.account = :account)
