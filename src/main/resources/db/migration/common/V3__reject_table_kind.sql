-- Migration 3 (both databases): each rejected row stores the table it belongs to (ingest.ReturnKind,
-- as its CSV file name), so the to-do list's order no longer guesses the table from the source's
-- label. Rows stored before take the kind that guess gave them, which is the order they were listed in.
ALTER TABLE row_reject ADD COLUMN kind TEXT NOT NULL DEFAULT 'contracts.csv';
UPDATE row_reject SET kind = 'organizations.csv'
WHERE file = 'organizations.csv' OR file LIKE 'organizations.xlsx[%' OR file LIKE '%[organizations]'
	OR file LIKE '%[基层工会台账]' OR file LIKE '%[基层工会]';
