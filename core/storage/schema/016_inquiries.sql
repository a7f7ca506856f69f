-- Voronka schema step: inbound requests (seed 004) and the load each person can carry.
--
-- A company's size class decides how much of a closer's capacity it takes: NULL for small or medium, 'large' or
-- 'key'. Its region comes from the city. Both are plain columns with no check or index: adding either to a base of a
-- million companies writes nothing (SQLite keeps the default in the schema).
ALTER TABLE companies ADD COLUMN size_class TEXT;
ALTER TABLE companies ADD COLUMN region TEXT;

-- Who is on duty on a day, for the rule "inquiries go to the person on duty today".
CREATE TABLE duty_roster (
    day     TEXT    PRIMARY KEY, -- local date, YYYY-MM-DD
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE
);

-- Every inquiry as it came in, whoever it went to and by which rule: the inquirer stays in the base as a company with
-- a next action whether they buy or not.
CREATE TABLE inquiries (
    id           INTEGER PRIMARY KEY,
    company_id   INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    contact_name TEXT,
    phone        TEXT,
    email        TEXT,
    request      TEXT,
    source       TEXT    NOT NULL CHECK (source IN ('advertising', 'website', 'referral', 'repeat', 'other')),
    routed_to    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    rule         TEXT    NOT NULL,
    task_id      INTEGER REFERENCES tasks(id) ON DELETE SET NULL,
    created_at   TEXT    NOT NULL,
    created_by   INTEGER REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX inquiries_company ON inquiries(company_id);

-- Failed sign-ins under logins nobody has, counted like a user's own (users.failed_signins), so that a login that does
-- not exist is slowed down exactly as one that does, on every computer and in every command (SignIn). Keyed by the
-- login case-folded.
CREATE TABLE signin_failures (
    login          TEXT    PRIMARY KEY,
    failures       INTEGER NOT NULL,
    last_failed_at TEXT    NOT NULL
) WITHOUT ROWID;
