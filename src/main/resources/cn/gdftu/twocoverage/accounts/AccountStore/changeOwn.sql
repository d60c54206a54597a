-- The account's own password: no longer one-time; every other session ended (a new stamp).
UPDATE site_account
SET password_hash = :hash, must_change_password = 0, session_stamp = :stamp
WHERE name = :name
