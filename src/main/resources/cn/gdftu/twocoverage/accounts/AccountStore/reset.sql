-- A new one-time password: unlocked too, its sessions ended (a new stamp); enabled or not as before.
UPDATE site_account
SET password_hash = :hash, must_change_password = 1, failed_logins = 0, locked_until = NULL, session_stamp = :stamp
WHERE name = :name
