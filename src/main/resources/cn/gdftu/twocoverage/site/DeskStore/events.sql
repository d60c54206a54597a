-- The desk's audit trail of the period, newest first.
SELECT account, at, remote_address, period, action, detail
FROM desk_audit
WHERE period = :period
ORDER BY audit_id DESC
