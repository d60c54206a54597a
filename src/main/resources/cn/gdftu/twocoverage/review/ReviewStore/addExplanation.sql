INSERT INTO review_explanation (period, city_code, version, code, text, explained_by, explained_at)
VALUES (:period, :city, :version, :code, :text, :by, :at)
