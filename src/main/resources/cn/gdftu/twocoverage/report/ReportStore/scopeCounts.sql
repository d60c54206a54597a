-- Contracts of a load in force at :d by scope, and the unions they cover.
WITH dated_load AS (SELECT :load AS load_id, :d AS d, '000000' AS first_city, '999999' AS last_city),
<contract_in_force>
SELECT scope, COUNT(DISTINCT contract_id) AS contracts, COUNT(DISTINCT employer_id) AS unions
FROM contract_in_force
GROUP BY scope
