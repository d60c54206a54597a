-- A file of a stored version: its name, size and SHA-256.
INSERT INTO return_file (period, city_code, version, name, size, sha256)
VALUES (:period, :cityCode, :version, :name, :size, :sha256)
