-- A new account, enabled, with a one-time password (must_change_password).
INSERT INTO site_account (name, city_code, password_hash, enabled, failed_logins, created_at, display_name,
	email, must_change_password, session_stamp)
VALUES (:name, :city, :hash, 1, 0, :at, :displayName, :email, 1, :stamp)
