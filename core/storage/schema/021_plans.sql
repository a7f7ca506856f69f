-- Voronka schema step: plans. Each role's monthly norm (seed 003's figures as the defaults, the head may change them)
-- and a person's plan for a month where the head set one (otherwise the norm of their role applies). The metrics are
-- the activity report's keys (docs/reports.md); amounts of money in kopecks.
CREATE TABLE plan_norms (
    role    TEXT    NOT NULL CHECK (role IN ('head', 'collector', 'caller', 'closer', 'account_manager')),
    metric  TEXT    NOT NULL,
    monthly INTEGER NOT NULL CHECK (monthly >= 0),
    PRIMARY KEY (role, metric)
) WITHOUT ROWID;

INSERT INTO plan_norms (role, metric, monthly) VALUES
    ('collector', 'collected_contacts', 750), ('collector', 'confirmed_contacts', 500),
    ('caller', 'calls', 1200), ('caller', 'conversations', 400), ('caller', 'meetings_booked', 30),
    ('caller', 'booked_meetings_held', 20),
    ('closer', 'meetings_held', 20), ('closer', 'offers', 12), ('closer', 'contracts', 6), ('closer', 'first_payments', 4),
    ('account_manager', 'payments_kopecks', 100000000), ('account_manager', 'reactivated_clients', 3),
    ('account_manager', 'vip_visits', 4);

CREATE TABLE plans (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    month   TEXT    NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    metric  TEXT    NOT NULL,
    target  INTEGER NOT NULL CHECK (target >= 0),
    set_at  TEXT    NOT NULL,
    set_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    PRIMARY KEY (month, user_id, metric)
) WITHOUT ROWID;

-- The VIP visits of a period per person (the account managers' plan): done and due, one range of this index.
CREATE INDEX tasks_vip_visits ON tasks(assignee_id, due_at) WHERE kind = 'vip_visit';
