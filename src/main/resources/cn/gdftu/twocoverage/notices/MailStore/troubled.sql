-- Mails not delivered whose last attempt failed: still being retried, or given up; newest first.
SELECT mail_id, notice_id, recipient, account, subject, body, created_at, attempts, last_error, sent_at,
	failed_at
FROM mail_outbox
WHERE sent_at IS NULL AND last_error <> ''
ORDER BY mail_id DESC
LIMIT :limit
