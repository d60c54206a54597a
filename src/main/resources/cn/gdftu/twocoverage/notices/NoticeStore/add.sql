INSERT INTO notice (notice_id, city_code, at, kind, period, subject, body)
VALUES (:id, :city, :at, :kind, :period, :subject, :body)
