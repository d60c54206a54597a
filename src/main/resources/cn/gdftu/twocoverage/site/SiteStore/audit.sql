-- An upload attempt, stored or refused (outcome), with the account and the address it came from.
INSERT INTO upload_audit (account, at, remote_address, period, city_code, files, outcome, version, detail)
VALUES (:account, :at, :remoteAddress, :period, :cityCode, :files, :outcome, :version, :detail)
