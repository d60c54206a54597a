INSERT INTO skipped_line (load_id, city_code, file, line, kind)
VALUES (:load, :city, :s.file, :s.line, :s.kind)
