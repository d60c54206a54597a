-- A password the account keeps (the command line's): enabled, unlocked, its other sessions ended.
UPDATE site_account
SET password_hash = :hash, enabled = 1, failed_logins = 0, locked_until = NULL, must_change_password = 0,
	session_stamp = :stamp
WHERE name = :name
