-- Every review action on the city's versions of the period, oldest first.
SELECT version, action, reason, account, at, remote_address
FROM review_event
WHERE period = :period AND city_code = :city
ORDER BY at, event_id
