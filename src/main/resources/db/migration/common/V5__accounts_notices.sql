-- Accounts managed in the browser, notices to the cities and their e-mails (SPEC §13).
-- Portable SQL (SQLite and PostgreSQL): ids are given by the application (the next after the largest),
-- never a rowid or a sequence; times are ISO-8601 instants (UTC) as text, as in V1.

-- The account's name as people read it, its e-mail for notices (empty: none), whether it holds a
-- one-time password it must change, its last good login, and the stamp its sessions carry: a new
-- stamp (password changed or reset, account disabled) ends every session holding the old one.
ALTER TABLE site_account ADD COLUMN display_name TEXT NOT NULL DEFAULT '';
ALTER TABLE site_account ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE site_account ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
ALTER TABLE site_account ADD COLUMN last_login_at TEXT;
ALTER TABLE site_account ADD COLUMN session_stamp TEXT NOT NULL DEFAULT '';

-- Every change to an account: who made it, when, from where, to which account, what.
CREATE TABLE account_audit (
	audit_id       BIGINT PRIMARY KEY,
	account        TEXT NOT NULL,               -- who made the change
	at             TEXT NOT NULL,
	remote_address TEXT NOT NULL,
	target         TEXT NOT NULL,               -- the account changed
	action         TEXT NOT NULL,               -- create, reset, disable, enable, unlock, password
	detail         TEXT NOT NULL DEFAULT ''
);

-- A notice to a city (通知): a reminder (remind), a return sent back (returned) or approved (approved).
CREATE TABLE notice (
	notice_id  BIGINT PRIMARY KEY,
	city_code  TEXT NOT NULL,
	at         TEXT NOT NULL,
	kind       TEXT NOT NULL,
	period     TEXT NOT NULL,
	subject    TEXT NOT NULL,
	body       TEXT NOT NULL
);
CREATE INDEX notice_city ON notice (city_code, notice_id);
CREATE INDEX notice_period ON notice (period, kind, city_code);

-- Which account has read which notice.
CREATE TABLE notice_read (
	notice_id BIGINT NOT NULL,
	account   TEXT NOT NULL,
	read_at   TEXT NOT NULL,
	PRIMARY KEY (notice_id, account)
);

-- The e-mails of notices, queued in the same transaction as the notice and sent in the background:
-- sent_at set once delivered; failed_at once given up; last_error the latest failure.
CREATE TABLE mail_outbox (
	mail_id         BIGINT PRIMARY KEY,
	notice_id       BIGINT NOT NULL,
	recipient       TEXT NOT NULL,
	account         TEXT NOT NULL,
	subject         TEXT NOT NULL,
	body            TEXT NOT NULL,
	created_at      TEXT NOT NULL,
	attempts        INTEGER NOT NULL DEFAULT 0,
	next_attempt_at TEXT NOT NULL,
	last_error      TEXT NOT NULL DEFAULT '',
	sent_at         TEXT,
	failed_at       TEXT
);
CREATE INDEX mail_outbox_due ON mail_outbox (sent_at, failed_at, next_attempt_at);
