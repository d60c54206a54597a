-- What the comparison at upload found for a version: the period compared with ('' when none) and
-- how many warnings.
INSERT INTO review_check (period, city_code, version, previous_period, warnings)
VALUES (:period, :city, :version, :previous, :warnings)
