-- A city's rejected rows; `kind` is the table (organizations or contracts) the row belongs to.
INSERT INTO row_reject (load_id, city_code, file, line, column_name, value, reason, message, kind)
VALUES (:load, :city, :r.file, :r.line, :r.column, :r.value, :r.reason, :r.message, :r.table)
