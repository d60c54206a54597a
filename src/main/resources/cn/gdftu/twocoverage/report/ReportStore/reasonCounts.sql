-- How many rows of each city were rejected for each reason: per city, the commonest reason first.
SELECT city_code, reason, count(*) AS count
FROM row_reject
WHERE load_id = :load
GROUP BY city_code, reason
ORDER BY city_code, count(*) DESC, reason
