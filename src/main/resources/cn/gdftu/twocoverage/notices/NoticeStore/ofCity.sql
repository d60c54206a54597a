-- The city's notices, newest first, read or not by the account.
<notice_as_read>
WHERE n.city_code = :city
ORDER BY n.notice_id DESC
LIMIT :limit
