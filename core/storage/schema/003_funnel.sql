-- Voronka schema version 3: what the funnel's call outcomes need.

-- Failed call attempts in a row (no answer, busy); a call that reaches someone resets it to 0.
ALTER TABLE companies ADD COLUMN call_attempts INTEGER NOT NULL DEFAULT 0 CHECK (call_attempts >= 0);
-- Set when the attempts reach the limit: the company keeps its stage but leaves the call queue
-- (next_action_at is cleared) until someone reaches it or returns it to the base.
ALTER TABLE companies ADD COLUMN parked_at TEXT;
-- Why the company was lost, as the reason read when it was chosen: renaming or retiring a reason in the
-- list later does not rewrite history.
ALTER TABLE companies ADD COLUMN lost_reason TEXT;
CREATE INDEX companies_parked ON companies(parked_at) WHERE parked_at IS NOT NULL;

-- A number that turned out to belong to someone else; kept (it is evidence), never dialled again.
ALTER TABLE phones ADD COLUMN wrong_number INTEGER NOT NULL DEFAULT 0 CHECK (wrong_number IN (0, 1));

-- The editable list of reasons a company or a deal is lost. Retired reasons stay for old records.
CREATE TABLE lost_reasons (
    id          INTEGER PRIMARY KEY,
    title       TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(title)) > 0),
    position    INTEGER NOT NULL DEFAULT 0,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    updated_by  INTEGER REFERENCES users(id) ON DELETE SET NULL
);

INSERT INTO lost_reasons (title, position, created_at, updated_at)
SELECT column1, column2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM (VALUES ('Not interested', 1), ('Already has a supplier', 2), ('Too expensive', 3), ('No budget', 4),
             ('Company closed', 5), ('Not our customer', 6));
