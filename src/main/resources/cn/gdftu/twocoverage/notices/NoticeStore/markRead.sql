-- The first time the account opened the notice (opening it again keeps that time).
INSERT INTO notice_read (notice_id, account, read_at)
VALUES (:id, :account, :at)
ON CONFLICT (notice_id, account) DO NOTHING
