-- Voronka schema step: pay for results (seeds 003 and 004). The rates are data: each with the time it applies from, so
-- that a rate changed in the middle of a month pays the events before the change at the old rate. Money in kopecks,
-- percentages in hundredths of a percent (1000 = 10%).
CREATE TABLE pay_rates (
    rate        TEXT    NOT NULL,
    value       INTEGER NOT NULL CHECK (value >= 0),
    valid_from  TEXT    NOT NULL,
    set_by      INTEGER REFERENCES users(id) ON DELETE SET NULL,
    PRIMARY KEY (rate, valid_from)
) WITHOUT ROWID;

INSERT INTO pay_rates (rate, value, valid_from) VALUES
    ('collector_per_confirmed_contact', 5000, '2000-01-01T00:00:00.000Z'),
    ('caller_per_meeting_held', 200000, '2000-01-01T00:00:00.000Z'),
    ('caller_team_bonus', 1000000, '2000-01-01T00:00:00.000Z'),
    ('closer_fixed', 3000000, '2000-01-01T00:00:00.000Z'),
    ('closer_new_clients_margin_percent', 1000, '2000-01-01T00:00:00.000Z'),
    ('closer_plan_bonus', 1500000, '2000-01-01T00:00:00.000Z'),
    ('closer_earlier_clients_percent', 200, '2000-01-01T00:00:00.000Z'),
    ('account_manager_fixed', 4000000, '2000-01-01T00:00:00.000Z'),
    ('account_manager_bonus_percent', 500, '2000-01-01T00:00:00.000Z'),
    ('client_department_breakeven', 100000000, '2000-01-01T00:00:00.000Z');

-- A closed month: its statement as it was paid. A later change to what it counted is a correction line of a later
-- month (corrects_month), never a change of these lines.
CREATE TABLE payroll_months (
    month       TEXT    PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    closed_at   TEXT    NOT NULL,
    closed_by   INTEGER REFERENCES users(id) ON DELETE SET NULL
) WITHOUT ROWID;

CREATE TABLE payroll_lines (
    id              INTEGER PRIMARY KEY,
    month           TEXT    NOT NULL REFERENCES payroll_months(month) ON DELETE CASCADE,
    user_id         INTEGER NOT NULL REFERENCES users(id),
    kind            TEXT    NOT NULL,
    count           INTEGER NOT NULL,
    base_kopecks    INTEGER NOT NULL,
    amount_kopecks  INTEGER NOT NULL,
    corrects_month  TEXT,
    corrects_kind   TEXT
);
CREATE INDEX payroll_lines_month ON payroll_lines(month, user_id);
CREATE INDEX payroll_lines_corrects ON payroll_lines(corrects_month) WHERE corrects_month IS NOT NULL;
