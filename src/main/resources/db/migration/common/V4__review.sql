-- Migration 4: review before the lock (SPEC §12). Portable SQL (SQLite and PostgreSQL): keys are
-- composite or assigned by the site; times are ISO-8601 instants (UTC) as text.

-- That a stored version was compared at upload, and with which period ('' when there was none).
CREATE TABLE review_check (
	period          TEXT NOT NULL,
	city_code       TEXT NOT NULL,
	version         INTEGER NOT NULL,
	previous_period TEXT NOT NULL,
	warnings        INTEGER NOT NULL,
	PRIMARY KEY (period, city_code, version)
);

-- The warnings of a stored version, in the order they were found.
CREATE TABLE review_warning (
	period         TEXT NOT NULL,
	city_code      TEXT NOT NULL,
	version        INTEGER NOT NULL,
	ordinal        INTEGER NOT NULL,
	code           TEXT NOT NULL,
	employer_id    TEXT NOT NULL,
	employer_name  TEXT NOT NULL,
	contract_id    TEXT NOT NULL,
	previous_value TEXT NOT NULL,
	current_value  TEXT NOT NULL,
	message        TEXT NOT NULL,
	PRIMARY KEY (period, city_code, version, ordinal)
);

-- The city's explanation of each warning code of a version (the latest one sent).
CREATE TABLE review_explanation (
	period       TEXT NOT NULL,
	city_code    TEXT NOT NULL,
	version      INTEGER NOT NULL,
	code         TEXT NOT NULL,
	text         TEXT NOT NULL,
	explained_by TEXT NOT NULL,
	explained_at TEXT NOT NULL,
	PRIMARY KEY (period, city_code, version, code)
);

-- Every review action (explain, approve, return): who, when, from where, on which version. The latest
-- approve/return of the current version is the province's decision.
CREATE TABLE review_event (
	event_id       TEXT PRIMARY KEY,
	period         TEXT NOT NULL,
	city_code      TEXT NOT NULL,
	version        INTEGER NOT NULL,
	action         TEXT NOT NULL,
	reason         TEXT NOT NULL,
	account        TEXT NOT NULL,
	at             TEXT NOT NULL,
	remote_address TEXT NOT NULL
);
CREATE INDEX review_event_by_city ON review_event (period, city_code, version);
