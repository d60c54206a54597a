SELECT previous_period, warnings
FROM review_check
WHERE period = :period AND city_code = :city AND version = :version
