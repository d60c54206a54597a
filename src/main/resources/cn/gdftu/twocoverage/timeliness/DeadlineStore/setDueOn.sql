-- The period's deadline day, set or changed by the province (who and when kept with it).
INSERT INTO period_deadline (period, due_on, set_by, set_at)
VALUES (:period, :due, :by, :at)
ON CONFLICT (period) DO UPDATE SET due_on = excluded.due_on, set_by = excluded.set_by, set_at = excluded.set_at
