-- Voronka schema step: the sales department as a team. People sign in, each sees their part of the base
-- (VisibleCompanies), and the collector who brought a company is paid when a caller first reaches it.
--
-- A user's password is an Argon2id hash in libsodium's own text form (PasswordHash); NULL for nobody has set one.
-- A base where no active user has one opens without sign-in, as before this step. Failed sign-ins are counted per
-- user and slow the next attempt down (SignIn). Nothing here is written to the audit trail: a hash is not a change a
-- colleague needs to read.
ALTER TABLE users ADD COLUMN password_hash TEXT;
-- Roles besides `role`, comma-separated keys, for one person doing two jobs in a small office ("caller,closer").
ALTER TABLE users ADD COLUMN extra_roles TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN failed_signins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN last_failed_signin_at TEXT;

-- Who collected the company (the importing or typing person, or the collector chosen for an import), and when a
-- caller first reached it (a confirmed contact: any call outcome but no answer, busy and wrong number). Companies
-- from before this step have no collector.
ALTER TABLE companies ADD COLUMN collected_by INTEGER REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE companies ADD COLUMN confirmed_at TEXT;
-- A collector's view (their companies still cold): a small range of a partial index, empty on a base from before.
CREATE INDEX companies_collected ON companies(collected_by, stage) WHERE collected_by IS NOT NULL;

-- The head hands out companies (CompanyAssignment): each hand-out is kept with every company's owner before and
-- after, so that it can be undone from the history. company_id has no foreign key on purpose: deleting companies
-- (an import's undo) would check this table for every one of them; an undo skips the companies that are gone.
CREATE TABLE assignments (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER REFERENCES users(id) ON DELETE SET NULL,
    made_at     TEXT    NOT NULL,
    what        TEXT    NOT NULL, -- what was handed out, in the head's words ("batch 4", "all unassigned cold", ...)
    companies   INTEGER NOT NULL,
    undone_at   TEXT,
    undone_by   INTEGER REFERENCES users(id) ON DELETE SET NULL
);
CREATE TABLE assignment_companies (
    assignment_id INTEGER NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
    company_id    INTEGER NOT NULL,
    old_owner     INTEGER,
    new_owner     INTEGER,
    PRIMARY KEY (assignment_id, company_id)
) WITHOUT ROWID;
