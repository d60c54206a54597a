-- An account made on the command line (`users add`): enabled, with the password it keeps.
INSERT INTO site_account (name, city_code, password_hash, enabled, failed_logins, created_at)
VALUES (:name, :city, :hash, 1, 0, :at)
