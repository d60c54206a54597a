-- Migration 1: the schema of the last release made without migrations, exactly (store/schema.sql
-- as it was, then Spring Batch 6.0.6's schema-sqlite.sql for the job repository). A database made by
-- that release already holds all of this: Flyway records it as the baseline and applies only what follows.
-- Released: never edit; change the schema with a new migration.


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
-- The collection site (SPEC §9): accounts, the stored versions of each city's return with their
-- files, the audit trail of every upload attempt, and the periods the province has locked.
-- Times are ISO-8601 instants (UTC) as text.

CREATE TABLE IF NOT EXISTS site_account (
	name          TEXT PRIMARY KEY,
	city_code     TEXT,                 -- NULL for a province account
	password_hash TEXT NOT NULL,        -- Spring Security's delegating format, {bcrypt}…
	enabled       INTEGER NOT NULL DEFAULT 1,
	failed_logins INTEGER NOT NULL DEFAULT 0,
	locked_until  TEXT,
	created_at    TEXT NOT NULL
);

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

CREATE TABLE IF NOT EXISTS return_file (
	period    TEXT NOT NULL,
	city_code TEXT NOT NULL,
	version   INTEGER NOT NULL,
	name      TEXT NOT NULL,                    -- the layout's name, never the uploaded one
	size      INTEGER NOT NULL,
	sha256    TEXT NOT NULL,
	PRIMARY KEY (period, city_code, version, name)
);

CREATE TABLE IF NOT EXISTS upload_audit (
	audit_id       INTEGER PRIMARY KEY,
	account        TEXT NOT NULL,
	at             TEXT NOT NULL,
	remote_address TEXT NOT NULL,
	period         TEXT NOT NULL,
	city_code      TEXT NOT NULL,
	files          TEXT NOT NULL,               -- "part name size sha256" per file, one per line
	outcome        TEXT NOT NULL,               -- stored, rejected, forbidden, locked, too_large, bad_request, error
	version        INTEGER,
	detail         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE IF NOT EXISTS period_lock (
	period    TEXT PRIMARY KEY,
	locked_by TEXT NOT NULL,
	locked_at TEXT NOT NULL
);

-- ---------------------------------------------------------------------------------------------
-- The province desk (SPEC §9): a period's deadline day when the province sets one other than the
-- usual (two-coverage.deadline-day of the following month), and the desk's audit trail: who locked,
-- unlocked, moved the deadline or ran the job for a period, when, from where.

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

-- ---------------------------------------------------------------------------------------------
-- Spring Batch's job repository (spring-batch-core 6.0.6, org/springframework/batch/core/schema-sqlite.sql).

CREATE TABLE BATCH_JOB_INSTANCE (
	JOB_INSTANCE_ID INTEGER  NOT NULL PRIMARY KEY AUTOINCREMENT,
	VERSION INTEGER,
	JOB_NAME VARCHAR(100) NOT NULL,
	JOB_KEY VARCHAR(32) NOT NULL,
	constraint JOB_INST_UN unique (JOB_NAME, JOB_KEY)
) ;

CREATE TABLE BATCH_JOB_EXECUTION (
	JOB_EXECUTION_ID INTEGER  NOT NULL PRIMARY KEY AUTOINCREMENT,
	VERSION INTEGER,
	JOB_INSTANCE_ID INTEGER NOT NULL,
	CREATE_TIME TIMESTAMP NOT NULL,
	START_TIME TIMESTAMP DEFAULT NULL,
	END_TIME TIMESTAMP DEFAULT NULL,
	STATUS VARCHAR(10),
	EXIT_CODE VARCHAR(100),
	EXIT_MESSAGE VARCHAR(2500),
	LAST_UPDATED TIMESTAMP,
	constraint JOB_INST_EXEC_FK foreign key (JOB_INSTANCE_ID)
	references BATCH_JOB_INSTANCE(JOB_INSTANCE_ID)
) ;

CREATE TABLE BATCH_JOB_EXECUTION_PARAMS (
	JOB_EXECUTION_ID INTEGER NOT NULL,
	PARAMETER_NAME VARCHAR(100) NOT NULL,
	PARAMETER_TYPE VARCHAR(100) NOT NULL,
	PARAMETER_VALUE VARCHAR(2500),
	IDENTIFYING CHAR(1) NOT NULL,
	constraint JOB_EXEC_PARAMS_FK foreign key (JOB_EXECUTION_ID)
	references BATCH_JOB_EXECUTION(JOB_EXECUTION_ID)
) ;

CREATE TABLE BATCH_STEP_EXECUTION (
	STEP_EXECUTION_ID INTEGER  NOT NULL PRIMARY KEY AUTOINCREMENT,
	VERSION INTEGER NOT NULL,
	STEP_NAME VARCHAR(100) NOT NULL,
	JOB_EXECUTION_ID INTEGER NOT NULL,
	CREATE_TIME TIMESTAMP NOT NULL,
	START_TIME TIMESTAMP DEFAULT NULL,
	END_TIME TIMESTAMP DEFAULT NULL,
	STATUS VARCHAR(10),
	COMMIT_COUNT INTEGER,
	READ_COUNT INTEGER,
	FILTER_COUNT INTEGER,
	WRITE_COUNT INTEGER,
	READ_SKIP_COUNT INTEGER,
	WRITE_SKIP_COUNT INTEGER,
	PROCESS_SKIP_COUNT INTEGER,
	ROLLBACK_COUNT INTEGER,
	EXIT_CODE VARCHAR(100),
	EXIT_MESSAGE VARCHAR(2500),
	LAST_UPDATED TIMESTAMP,
	constraint JOB_EXEC_STEP_FK foreign key (JOB_EXECUTION_ID)
	references BATCH_JOB_EXECUTION(JOB_EXECUTION_ID)
) ;

CREATE TABLE BATCH_STEP_EXECUTION_CONTEXT (
	STEP_EXECUTION_ID INTEGER NOT NULL PRIMARY KEY,
	SHORT_CONTEXT VARCHAR(2500) NOT NULL,
	SERIALIZED_CONTEXT CLOB,
	constraint STEP_EXEC_CTX_FK foreign key (STEP_EXECUTION_ID)
	references BATCH_STEP_EXECUTION(STEP_EXECUTION_ID)
) ;

CREATE TABLE BATCH_JOB_EXECUTION_CONTEXT (
	JOB_EXECUTION_ID INTEGER NOT NULL PRIMARY KEY,
	SHORT_CONTEXT VARCHAR(2500) NOT NULL,
	SERIALIZED_CONTEXT CLOB,
	constraint JOB_EXEC_CTX_FK foreign key (JOB_EXECUTION_ID)
	references BATCH_JOB_EXECUTION(JOB_EXECUTION_ID)
) ;

CREATE TABLE BATCH_STEP_EXECUTION_SEQ (
	ID INTEGER PRIMARY KEY AUTOINCREMENT
);
CREATE TABLE BATCH_JOB_EXECUTION_SEQ (
	ID INTEGER PRIMARY KEY AUTOINCREMENT
);
CREATE TABLE BATCH_JOB_INSTANCE_SEQ (
	ID INTEGER PRIMARY KEY AUTOINCREMENT
);
