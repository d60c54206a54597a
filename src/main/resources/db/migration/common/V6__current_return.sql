-- Migration 6: each city's current return of a period as the province desk shows it, one row kept by the
-- site in the same transaction as the upload that changes it (a version stored, or an upload refused),
-- so the desk no longer reads its statuses out of the upload audit's outcome strings. A city with no row
-- has sent nothing through the site (files put in input/<period>/<city>/ by hand are surveyed as before).
-- Portable SQL (SQLite and PostgreSQL); times are ISO-8601 instants (UTC) as text, as in V1.
CREATE TABLE current_return (
	period                 TEXT NOT NULL,
	city_code              TEXT NOT NULL,
	-- The newest stored version, as in return_version (version NULL: none stored yet; status NULL: not
	-- checked by the site, version 0; status the code of ingest.SubmissionStatus).
	version                INTEGER,
	uploaded_by            TEXT,
	uploaded_at            TEXT,
	status                 TEXT,
	organizations_rows     INTEGER NOT NULL DEFAULT 0,
	organizations_accepted INTEGER NOT NULL DEFAULT 0,
	contracts_rows         INTEGER NOT NULL DEFAULT 0,
	contracts_accepted     INTEGER NOT NULL DEFAULT 0,
	rejected_rows          INTEGER NOT NULL DEFAULT 0,
	message                TEXT NOT NULL DEFAULT '',
	-- The first version the site stored (1), and how many it stored (version 0 not counted).
	first_uploaded_by      TEXT,
	first_uploaded_at      TEXT,
	versions               INTEGER NOT NULL DEFAULT 0,
	-- The last upload that was a return stored or refused (rejected whole, too large, or after the lock;
	-- a request refused as malformed or not allowed says nothing about the return): who, when, its
	-- outcome as upload_audit.outcome writes it, whether it was refused, and the reason given.
	last_attempt_by        TEXT,
	last_attempt_at        TEXT,
	last_outcome           TEXT,
	last_refused           INTEGER NOT NULL DEFAULT 0 CHECK (last_refused IN (0, 1)),
	last_detail            TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (period, city_code)
);

-- A database of the previous release: the rows its desk derived from return_version and upload_audit.
-- The last attempt is the newest such audit row by audit_id, exactly as that desk chose it.
INSERT INTO current_return (period, city_code, version, uploaded_by, uploaded_at, status, organizations_rows,
	organizations_accepted, contracts_rows, contracts_accepted, rejected_rows, message, first_uploaded_by,
	first_uploaded_at, versions, last_attempt_by, last_attempt_at, last_outcome, last_refused, last_detail)
SELECT k.period, k.city_code, v.version, v.uploaded_by, v.uploaded_at, v.status,
	COALESCE(v.organizations_rows, 0), COALESCE(v.organizations_accepted, 0), COALESCE(v.contracts_rows, 0),
	COALESCE(v.contracts_accepted, 0), COALESCE(v.rejected_rows, 0), COALESCE(v.message, ''),
	f.uploaded_by, f.uploaded_at, COALESCE(n.versions, 0),
	a.account, a.at, a.outcome, CASE WHEN a.outcome IN ('rejected', 'locked', 'too_large') THEN 1 ELSE 0 END,
	COALESCE(a.detail, '')
FROM (
	SELECT period, city_code FROM return_version
	UNION
	SELECT period, city_code FROM upload_audit WHERE outcome IN ('stored', 'rejected', 'locked', 'too_large')
		AND period <> '' AND city_code <> ''
) k
LEFT JOIN return_version v ON v.period = k.period AND v.city_code = k.city_code
	AND v.version = (SELECT MAX(m.version) FROM return_version m WHERE m.period = k.period AND m.city_code = k.city_code)
LEFT JOIN return_version f ON f.period = k.period AND f.city_code = k.city_code
	AND f.version = (SELECT MIN(m.version) FROM return_version m
		WHERE m.period = k.period AND m.city_code = k.city_code AND m.version >= 1)
LEFT JOIN (SELECT period, city_code, COUNT(*) AS versions FROM return_version WHERE version >= 1
	GROUP BY period, city_code) n ON n.period = k.period AND n.city_code = k.city_code
LEFT JOIN upload_audit a ON a.period = k.period AND a.city_code = k.city_code
	AND a.audit_id = (SELECT MAX(b.audit_id) FROM upload_audit b WHERE b.period = k.period AND b.city_code = k.city_code
		AND b.outcome IN ('stored', 'rejected', 'locked', 'too_large'));
