-- The yardstick's coverage SQL: the same figures as src/main/resources/.../CoverageStore/figures.sql, on
-- the plain imported files (city from the county code, every row taken as accepted), :d = D.
WITH in_force AS (
	SELECT employer_id FROM contract WHERE effective_from <= :d AND expires_on >= :d GROUP BY employer_id
),
unit AS (
	SELECT substr(county_code, 1, 4) || '00' AS city_code, county_code, industry, ownership, women_members,
		women_employees, (women_org = 'committee' OR (women_org = 'commissioner' AND women_members < 10)) AS org_met,
		f.employer_id IS NOT NULL AS under_contract
	FROM organization o LEFT JOIN in_force f ON f.employer_id = o.employer_id
),
cube AS MATERIALIZED (
	SELECT city_code, county_code, industry, ownership,
		SUM(women_members >= 1) AS a, SUM(women_members >= 1 AND org_met) AS b, SUM(women_members) AS c,
		SUM(CASE WHEN org_met THEN women_members ELSE 0 END) AS e, SUM(women_employees >= 1) AS f,
		SUM(women_employees >= 1 AND under_contract) AS g, SUM(women_employees) AS h,
		SUM(CASE WHEN under_contract THEN women_employees ELSE 0 END) AS i
	FROM unit GROUP BY city_code, county_code, industry, ownership
)
SELECT 'province', '440000', SUM(a), SUM(b), SUM(c), SUM(e), SUM(f), SUM(g), SUM(h), SUM(i) FROM cube
UNION ALL SELECT 'city', city_code, SUM(a), SUM(b), SUM(c), SUM(e), SUM(f), SUM(g), SUM(h), SUM(i) FROM cube GROUP BY city_code
UNION ALL SELECT 'county', county_code, SUM(a), SUM(b), SUM(c), SUM(e), SUM(f), SUM(g), SUM(h), SUM(i) FROM cube GROUP BY county_code
UNION ALL SELECT 'industry', industry, SUM(a), SUM(b), SUM(c), SUM(e), SUM(f), SUM(g), SUM(h), SUM(i) FROM cube GROUP BY industry
UNION ALL SELECT 'ownership', ownership, SUM(a), SUM(b), SUM(c), SUM(e), SUM(f), SUM(g), SUM(h), SUM(i) FROM cube GROUP BY ownership;
