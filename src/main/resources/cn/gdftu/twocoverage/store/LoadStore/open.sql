-- Opens a load for a run; a restarted run finds its load already open (and keeps it as it was).
INSERT INTO load (load_id, period, input_digest, state)
VALUES (:load, :period, :digest, 'loading')
ON CONFLICT (load_id) DO NOTHING
