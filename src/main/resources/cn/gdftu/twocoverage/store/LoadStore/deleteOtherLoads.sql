-- The rows of <table> of every load of the period but :load (superseded, or left half-loaded by a crash).
DELETE FROM <table>
WHERE load_id IN (SELECT load_id FROM load WHERE period = :period AND load_id <> :load)
