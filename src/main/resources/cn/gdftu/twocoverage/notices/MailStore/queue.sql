-- A new e-mail, due at once.
INSERT INTO mail_outbox (mail_id, notice_id, recipient, account, subject, body, created_at, next_attempt_at)
VALUES (:id, :notice, :recipient, :account, :subject, :body, :at, :at)
