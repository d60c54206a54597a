-- The city's upload attempts for the period, oldest first.
SELECT account, at, remote_address, period, city_code, files, outcome, version, detail
FROM upload_audit
WHERE period = :period AND city_code = :city
ORDER BY audit_id
