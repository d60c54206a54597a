-- Locks the period; 0 rows when it was already locked (the first lock's who and when stay).
INSERT INTO period_lock (period, locked_by, locked_at)
VALUES (:period, :by, :at)
ON CONFLICT (period) DO NOTHING
