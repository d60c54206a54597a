-- "In force at D" (SPEC §4), the one definition: a contract row of a load in dated_load (load_id, d,
-- first_city, last_city), of a city whose code lies from first_city to last_city, that took effect on or before that load's reference date d and expires on or after it (both days
-- count). Every query about contracts in force includes this as <contract_in_force> after defining
-- dated_load: the coverage (covered-unit.sql), the expiring contracts, the scope counts.
contract_in_force AS (
	SELECT c.load_id, c.city_code, c.line, c.contract_id, c.scope, c.employer_id, c.effective_from, c.expires_on
	FROM dated_load dl
	JOIN contract c ON c.load_id = dl.load_id AND c.city_code BETWEEN dl.first_city AND dl.last_city
		AND c.effective_from <= dl.d AND c.expires_on >= dl.d
)
