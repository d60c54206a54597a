-- A city's accepted unions in a load, by employer id.
SELECT line, employer_id, employer_name, county_code, industry, ownership, employees, women_employees,
	women_members, women_org
FROM organization
WHERE load_id = :load AND city_code = :city
ORDER BY employer_id
