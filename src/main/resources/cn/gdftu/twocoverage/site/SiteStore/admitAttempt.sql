-- One login attempt counted before its password is checked, in one statement so that parallel tries
-- cannot all pass: refused (0 rows) while the account is locked; a lock that has run out (locked_until
-- <= :now) starts a new count; the attempt that reaches :max locks the account until :until. Times are
-- whole-second ISO instants, so they compare as text.
UPDATE site_account SET
	failed_logins = (CASE WHEN locked_until IS NOT NULL AND locked_until <= :now THEN 0 ELSE failed_logins END) + 1,
	locked_until = CASE
		WHEN (CASE WHEN locked_until IS NOT NULL AND locked_until <= :now THEN 0 ELSE failed_logins END) + 1 >= :max
			THEN :until
		WHEN locked_until IS NOT NULL AND locked_until <= :now THEN NULL
		ELSE locked_until END
WHERE name = :name AND ((locked_until IS NULL AND failed_logins < :max) OR locked_until <= :now)
