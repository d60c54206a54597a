-- The job's own tables. Idempotent: run at every start, before anything reads or writes.
-- A period's data is written under a new load and published by moving period_state.load_id in one
-- transaction, so readers see the old figures or the new ones, never a mix.

CREATE TABLE IF NOT EXISTS load (
	load_id      INTEGER PRIMARY KEY,
	period       TEXT NOT NULL,
	input_digest TEXT NOT NULL,
	state        TEXT NOT NULL CHECK (state IN ('loading', 'published'))
);

CREATE TABLE IF NOT EXISTS period_state (
	period       TEXT PRIMARY KEY,
	load_id      INTEGER NOT NULL REFERENCES load (load_id),
	input_digest TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS submission (
	load_id                INTEGER NOT NULL,
	city_code              TEXT NOT NULL,
	status                 TEXT NOT NULL CHECK (status IN ('submitted', 'missing', 'rejected')),
	organizations_rows     INTEGER NOT NULL,
	organizations_accepted INTEGER NOT NULL,
	contracts_rows         INTEGER NOT NULL,
	contracts_accepted     INTEGER NOT NULL,
	rejected_rows          INTEGER NOT NULL,
	skipped_lines          INTEGER NOT NULL,
	message                TEXT NOT NULL,
	PRIMARY KEY (load_id, city_code)
);

CREATE TABLE IF NOT EXISTS organization (
	load_id         INTEGER NOT NULL,
	city_code       TEXT NOT NULL,
	line            INTEGER NOT NULL,
	employer_id     TEXT NOT NULL,
	employer_name   TEXT NOT NULL,
	county_code     TEXT NOT NULL,
	industry        TEXT NOT NULL,
	ownership       TEXT NOT NULL,
	employees       INTEGER NOT NULL,
	women_employees INTEGER NOT NULL,
	women_members   INTEGER NOT NULL,
	women_org       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS organization_by_city ON organization (load_id, city_code, employer_id);

CREATE TABLE IF NOT EXISTS contract (
	load_id        INTEGER NOT NULL,
	city_code      TEXT NOT NULL,
	line           INTEGER NOT NULL,
	contract_id    TEXT NOT NULL,
	scope          TEXT NOT NULL,
	employer_id    TEXT NOT NULL,
	effective_from TEXT NOT NULL,
	expires_on     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS contract_by_city ON contract (load_id, city_code, contract_id);
CREATE INDEX IF NOT EXISTS contract_by_employer ON contract (load_id, city_code, employer_id);

CREATE TABLE IF NOT EXISTS row_reject (
	load_id     INTEGER NOT NULL,
	city_code   TEXT NOT NULL,
	file        TEXT NOT NULL,
	line        INTEGER NOT NULL,
	column_name TEXT NOT NULL,
	value       TEXT NOT NULL,
	reason      TEXT NOT NULL,
	message     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS row_reject_by_city ON row_reject (load_id, city_code);

CREATE TABLE IF NOT EXISTS skipped_line (
	load_id   INTEGER NOT NULL,
	city_code TEXT NOT NULL,
	file      TEXT NOT NULL,
	line      INTEGER NOT NULL,
	kind      TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS unknown_submission (
	load_id INTEGER NOT NULL,
	name    TEXT NOT NULL
);

-- Each period's published figures: the history behind "change since last month" and the trends.
CREATE TABLE IF NOT EXISTS coverage (
	period                  TEXT NOT NULL,
	level                   TEXT NOT NULL,
	code                    TEXT NOT NULL,
	parent_code             TEXT NOT NULL,
	name                    TEXT NOT NULL,
	ordinal                 INTEGER NOT NULL,
	org_units_denom         INTEGER NOT NULL,
	org_units_covered       INTEGER NOT NULL,
	org_people_denom        INTEGER NOT NULL,
	org_people_covered      INTEGER NOT NULL,
	contract_units_denom    INTEGER NOT NULL,
	contract_units_covered  INTEGER NOT NULL,
	contract_people_denom   INTEGER NOT NULL,
	contract_people_covered INTEGER NOT NULL,
	PRIMARY KEY (period, level, code)
);

-- ---------------------------------------------------------------------------------------------
-- The province desk (SPEC §9): a period's deadline day when the province sets one other than the
-- usual (two-coverage.deadline-day of the following month), and the desk's audit trail: who locked,
-- unlocked, moved the deadline or ran the job for a period, when, from where.

-- Until the site's tables are merged: the site's return_version as the site defines it (read for upload times).
CREATE TABLE IF NOT EXISTS return_version (
	period                 TEXT NOT NULL,
	city_code              TEXT NOT NULL,
	version                INTEGER NOT NULL,     -- 0: a folder that was there before the site
	uploaded_by            TEXT NOT NULL,
	uploaded_at            TEXT NOT NULL,
	status                 TEXT,                 -- NULL for version 0 (not checked by the site)
	organizations_rows     INTEGER NOT NULL DEFAULT 0,
	organizations_accepted INTEGER NOT NULL DEFAULT 0,
	contracts_rows         INTEGER NOT NULL DEFAULT 0,
	contracts_accepted     INTEGER NOT NULL DEFAULT 0,
	rejected_rows          INTEGER NOT NULL DEFAULT 0,
	message                TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (period, city_code, version)
);

CREATE TABLE IF NOT EXISTS period_deadline (
	period TEXT PRIMARY KEY,
	due_on TEXT NOT NULL,                       -- yyyy-mm-dd, China time; the whole day counts
	set_by TEXT NOT NULL,
	set_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS desk_audit (
	audit_id       INTEGER PRIMARY KEY,
	account        TEXT NOT NULL,
	at             TEXT NOT NULL,
	remote_address TEXT NOT NULL,
	period         TEXT NOT NULL,
	action         TEXT NOT NULL,               -- lock, unlock, deadline, run
	detail         TEXT NOT NULL DEFAULT ''
);
