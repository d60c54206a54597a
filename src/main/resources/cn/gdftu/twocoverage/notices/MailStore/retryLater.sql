UPDATE mail_outbox SET attempts = attempts + 1, last_error = :error, next_attempt_at = :next
WHERE mail_id = :id
