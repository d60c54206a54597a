-- For each city, the latest stored period before :period in which it was submitted, and that
-- period's published load.
WITH latest AS (
	SELECT s.city_code, MAX(p.period) AS period
	FROM period_state p
	JOIN submission s ON s.load_id = p.load_id AND s.status = 'submitted'
	WHERE p.period < :period
	GROUP BY s.city_code
)
SELECT l.city_code, l.period, p.load_id
FROM latest l
JOIN period_state p ON p.period = l.period
ORDER BY l.city_code
