-- E-mails neither sent nor given up whose next attempt is due by :now, oldest first.
SELECT mail_id, notice_id, recipient, account, subject, body, created_at, attempts, last_error, sent_at,
	failed_at
FROM mail_outbox
WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= :now
ORDER BY mail_id
LIMIT :limit
