-- Voronka schema version 1.
-- Times are UTC ISO-8601 text with milliseconds ("2026-11-25T09:30:00.000Z"), money is integer kopecks.
-- Every mutable row carries version (optimistic locking), created_at, updated_at and updated_by.

CREATE TABLE users (
    id          INTEGER PRIMARY KEY,
    login       TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    full_name   TEXT    NOT NULL,
    role        TEXT    NOT NULL CHECK (role IN ('head', 'collector', 'caller', 'closer', 'account_manager')),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    updated_by  INTEGER REFERENCES users(id) ON DELETE SET NULL
);

CREATE TABLE import_batches (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT    NOT NULL,
    user_id     INTEGER REFERENCES users(id) ON DELETE SET NULL,
    started_at  TEXT    NOT NULL,
    finished_at TEXT,
    rows_read   INTEGER NOT NULL DEFAULT 0,
    imported    INTEGER NOT NULL DEFAULT 0,
    duplicates  INTEGER NOT NULL DEFAULT 0,
    rejected    INTEGER NOT NULL DEFAULT 0,
    undone_at   TEXT,
    created_at  TEXT    NOT NULL
);

CREATE TABLE companies (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    -- Case-folded name without the legal form, so that "ООО «Ромашка»" sorts under Р.
    sort_key        TEXT    NOT NULL,
    inn             TEXT,
    city            TEXT,
    address         TEXT,
    website         TEXT,
    industry        TEXT,
    source          TEXT,
    stage           TEXT    NOT NULL DEFAULT 'cold'
                    CHECK (stage IN ('cold', 'calling', 'meeting', 'deal', 'client', 'lost', 'reactivation')),
    owner_id        INTEGER REFERENCES users(id) ON DELETE SET NULL,
    next_action_at  TEXT,
    import_batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    updated_by      INTEGER REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX companies_sort ON companies(sort_key, id);
CREATE INDEX companies_stage ON companies(stage);
CREATE INDEX companies_owner ON companies(owner_id, next_action_at);
CREATE INDEX companies_inn ON companies(inn) WHERE inn IS NOT NULL;
CREATE INDEX companies_next_action ON companies(next_action_at) WHERE next_action_at IS NOT NULL;
CREATE INDEX companies_batch ON companies(import_batch_id) WHERE import_batch_id IS NOT NULL;

CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    company_id  INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    full_name   TEXT    NOT NULL,
    position    TEXT,
    note        TEXT,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    updated_by  INTEGER REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX contacts_company ON contacts(company_id);

CREATE TABLE phones (
    id          INTEGER PRIMARY KEY,
    company_id  INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    contact_id  INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
    raw         TEXT    NOT NULL,
    e164        TEXT,
    extension   TEXT,
    kind        TEXT    NOT NULL DEFAULT 'work' CHECK (kind IN ('work', 'mobile', 'fax', 'other')),
    position    INTEGER NOT NULL DEFAULT 0,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    updated_by  INTEGER REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX phones_company ON phones(company_id, position);
CREATE INDEX phones_contact ON phones(contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX phones_e164 ON phones(e164) WHERE e164 IS NOT NULL;

CREATE TABLE emails (
    id          INTEGER PRIMARY KEY,
    company_id  INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    contact_id  INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
    address     TEXT    NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    updated_by  INTEGER REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX emails_company ON emails(company_id);
CREATE INDEX emails_address ON emails(address);

CREATE TABLE deals (
    id              INTEGER PRIMARY KEY,
    company_id      INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    owner_id        INTEGER REFERENCES users(id) ON DELETE SET NULL,
    title           TEXT    NOT NULL,
    step            TEXT    NOT NULL DEFAULT 'needs'
                    CHECK (step IN ('needs', 'presentation', 'offer_sent', 'objections', 'contract',
                                    'invoice_issued', 'paid', 'lost')),
    amount_kopecks  INTEGER,
    margin_kopecks  INTEGER,
    currency        TEXT    NOT NULL DEFAULT 'RUB',
    invoice_number  TEXT,
    invoice_date    TEXT,
    lost_reason     TEXT,
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    updated_by      INTEGER REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX deals_company ON deals(company_id);
CREATE INDEX deals_step ON deals(step, owner_id);

CREATE TABLE payments (
    id              INTEGER PRIMARY KEY,
    deal_id         INTEGER REFERENCES deals(id) ON DELETE SET NULL,
    company_id      INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    amount_kopecks  INTEGER NOT NULL CHECK (amount_kopecks > 0),
    currency        TEXT    NOT NULL DEFAULT 'RUB',
    paid_at         TEXT    NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    updated_by      INTEGER REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX payments_company ON payments(company_id, paid_at);
CREATE INDEX payments_deal ON payments(deal_id);

CREATE TABLE activities (
    id          INTEGER PRIMARY KEY,
    company_id  INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    deal_id     INTEGER REFERENCES deals(id) ON DELETE SET NULL,
    user_id     INTEGER REFERENCES users(id) ON DELETE SET NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('call', 'meeting', 'note', 'stage_change', 'deal_step', 'payment', 'import')),
    occurred_at TEXT    NOT NULL,
    outcome     TEXT,
    note        TEXT,
    created_at  TEXT    NOT NULL
);
CREATE INDEX activities_company ON activities(company_id, occurred_at);

CREATE TABLE tasks (
    id              INTEGER PRIMARY KEY,
    company_id      INTEGER REFERENCES companies(id) ON DELETE CASCADE,
    deal_id         INTEGER REFERENCES deals(id) ON DELETE CASCADE,
    assignee_id     INTEGER REFERENCES users(id) ON DELETE SET NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('callback', 'meeting', 'offer_follow_up', 'payment_reminder',
                                                     'reactivation', 'vip_visit', 'custom')),
    due_at          TEXT    NOT NULL,
    note            TEXT,
    status          TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    snoozed_until   TEXT,
    done_at         TEXT,
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    updated_by      INTEGER REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX tasks_open_due ON tasks(assignee_id, due_at) WHERE status = 'open';
CREATE INDEX tasks_company ON tasks(company_id);
CREATE INDEX tasks_deal ON tasks(deal_id) WHERE deal_id IS NOT NULL;

CREATE TABLE stage_history (
    id          INTEGER PRIMARY KEY,
    company_id  INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    deal_id     INTEGER REFERENCES deals(id) ON DELETE CASCADE,
    user_id     INTEGER REFERENCES users(id) ON DELETE SET NULL,
    from_stage  TEXT,
    to_stage    TEXT    NOT NULL,
    changed_at  TEXT    NOT NULL,
    comment     TEXT
);
CREATE INDEX stage_history_company ON stage_history(company_id, changed_at);
CREATE INDEX stage_history_to ON stage_history(to_stage, changed_at);

CREATE TABLE settings (
    key         TEXT PRIMARY KEY,
    value       TEXT
) WITHOUT ROWID;

-- Substring search over name, city, INN and phone digits; the text is case-folded before it is stored,
-- rowid is the company id. Kept in step by CompanySearchIndex.
CREATE VIRTUAL TABLE company_search USING fts5(text, tokenize = 'trigram');

INSERT INTO users (login, full_name, role, created_at, updated_at)
VALUES ('head', 'Head of sales', 'head',
        strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
