-- The period's pointer to its published load, and the digest of the input it was read from.
INSERT INTO period_state (period, load_id, input_digest)
VALUES (:period, :load, :digest)
ON CONFLICT (period) DO UPDATE SET load_id = excluded.load_id, input_digest = excluded.input_digest
