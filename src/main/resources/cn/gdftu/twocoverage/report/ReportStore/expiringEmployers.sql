-- For each contract of a load in force at :d that expires by :until: the first of its unions by name
-- (the one union of a single-employer contract), so the report can name who is about to lose cover.
WITH dated_load AS (SELECT :load AS load_id, :d AS d),
<contract_in_force>
SELECT c.city_code, c.contract_id, MIN(o.employer_name) AS employer_name
FROM contract_in_force c
JOIN organization o ON o.load_id = c.load_id AND o.city_code = c.city_code AND o.employer_id = c.employer_id
WHERE c.expires_on <= :until
GROUP BY c.city_code, c.contract_id
