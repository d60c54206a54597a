-- A line of the desk's audit trail: lock, unlock, deadline or run.
INSERT INTO desk_audit (account, at, remote_address, period, action, detail)
VALUES (:account, :at, :address, :period, :action, :detail)
