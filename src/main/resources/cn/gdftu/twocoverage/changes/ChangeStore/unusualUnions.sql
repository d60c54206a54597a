-- Unions of the cities in <cities> on both rosters (this load :load, the earlier :prev_load) whose
-- head counts moved more than :factor-fold (both counts above zero), or that had a women-workers'
-- committee and now report none although they have :committee_members or more women members.
SELECT city_code, employer_id, employer_name,
	employees_previous, employees_current, women_employees_previous, women_employees_current,
	women_members_previous, women_members_current, women_org_previous, women_org_current,
	employees_jump, women_employees_jump, women_members_jump, committee_dropped
FROM (
	SELECT n.city_code, n.employer_id, n.employer_name,
		b.employees AS employees_previous, n.employees AS employees_current,
		b.women_employees AS women_employees_previous, n.women_employees AS women_employees_current,
		b.women_members AS women_members_previous, n.women_members AS women_members_current,
		b.women_org AS women_org_previous, n.women_org AS women_org_current,
		(b.employees > 0 AND n.employees > 0
			AND (n.employees > :factor * b.employees OR b.employees > :factor * n.employees)) AS employees_jump,
		(b.women_employees > 0 AND n.women_employees > 0
			AND (n.women_employees > :factor * b.women_employees
				OR b.women_employees > :factor * n.women_employees)) AS women_employees_jump,
		(b.women_members > 0 AND n.women_members > 0
			AND (n.women_members > :factor * b.women_members
				OR b.women_members > :factor * n.women_members)) AS women_members_jump,
		(b.women_org = 'committee' AND n.women_org = 'none'
			AND n.women_members >= :committee_members) AS committee_dropped
	FROM organization n
	JOIN organization b ON b.load_id = :prev_load AND b.city_code = n.city_code AND b.employer_id = n.employer_id
	WHERE n.load_id = :load AND n.city_code IN (<cities>)
) u
WHERE employees_jump OR women_employees_jump OR women_members_jump OR committee_dropped
ORDER BY city_code, employer_id
