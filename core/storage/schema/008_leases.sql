-- Voronka schema version 8: soft locks for call mode.

-- Who is calling a company now. A row is a lease, not a lock: it stops mattering at expires_at, so a caller whose
-- desktop crashed or lost the share never keeps a company from the others for long. Acquiring overwrites an
-- expired row; no job cleans them up.
CREATE TABLE company_leases (
    company_id  INTEGER PRIMARY KEY REFERENCES companies(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    acquired_at TEXT    NOT NULL,
    expires_at  TEXT    NOT NULL
);
