-- A city's to-do list (rejects/<city>.csv): the organizations table's rows first, whatever its source
-- was called (organizations.csv, organizations.xlsx, a workbook's sheet: SPEC §8), then the
-- contracts', each by line. `kind` is the table the row belongs to, stored with it (migration 3).
SELECT file, line, column_name AS "column", value, reason, message, kind AS "table"
FROM row_reject
WHERE load_id = :load AND city_code = :city
ORDER BY CASE WHEN kind = 'organizations.csv' THEN 0 ELSE 1 END, line
