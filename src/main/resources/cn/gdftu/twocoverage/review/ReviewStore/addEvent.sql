INSERT INTO review_event (event_id, period, city_code, version, action, reason, account, at, remote_address)
VALUES (:id, :period, :city, :version, :action, :reason, :account, :at, :address)
