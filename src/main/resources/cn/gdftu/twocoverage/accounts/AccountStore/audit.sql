-- A line of the account audit trail, numbered after the last one.
INSERT INTO account_audit (audit_id, account, at, remote_address, target, action, detail)
SELECT COALESCE(MAX(audit_id), 0) + 1, :account, :at, :address, :target, :action, :detail
FROM account_audit
