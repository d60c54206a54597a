-- An upload refused (in the transaction that audits it): the last attempt, refused; the current
-- version, if any, stays as it was.
INSERT INTO current_return (period, city_code, last_attempt_by, last_attempt_at, last_outcome, last_refused, last_detail)
VALUES (:period, :cityCode, :account, :at, :outcome, 1, :detail)
ON CONFLICT (period, city_code) DO UPDATE SET
	last_attempt_by = excluded.last_attempt_by,
	last_attempt_at = excluded.last_attempt_at,
	last_outcome = excluded.last_outcome,
	last_refused = excluded.last_refused,
	last_detail = excluded.last_detail
