-- Takes a copy of a generated base (voronka_bench_generate, the latest schema) back to schema 19, as a base made
-- before the funnel's derived columns was: stage_history without left_at, left_to, cohort_at, opens and lost_reason,
-- none of step 20's indexes, none of the tables of steps 21 and 22. Opening it with Voronka then runs steps 20-22 as
-- an upgrade does (docs/performance.md, "Schema step 20 on the 1M base"). Run on a copy:
--   cp base.sqlite old.sqlite && sqlite3 old.sqlite < bench/back-to-schema-19.sql
PRAGMA foreign_keys = OFF;
BEGIN;
DROP INDEX stage_history_period;
DROP INDEX stage_history_cohort;
DROP INDEX stage_history_moves;
DROP INDEX companies_made_by_hand;
DROP INDEX activities_period;
DROP INDEX activities_bookings;
DROP INDEX companies_created;
DROP INDEX companies_confirmed;
DROP INDEX payments_paid;
DROP INDEX tasks_vip_visits;
DROP TABLE plans;
DROP TABLE plan_norms;
DROP TABLE payroll_lines;
DROP TABLE payroll_months;
DROP TABLE pay_rates;
CREATE TABLE stage_history_19 (
    id          INTEGER PRIMARY KEY,
    company_id  INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    deal_id     INTEGER REFERENCES deals(id) ON DELETE CASCADE,
    user_id     INTEGER REFERENCES users(id) ON DELETE SET NULL,
    from_stage  TEXT,
    to_stage    TEXT    NOT NULL,
    changed_at  TEXT    NOT NULL,
    comment     TEXT
);
INSERT INTO stage_history_19 SELECT id, company_id, deal_id, user_id, from_stage, to_stage, changed_at, comment
FROM stage_history ORDER BY id;
DROP TABLE stage_history;
ALTER TABLE stage_history_19 RENAME TO stage_history;
CREATE INDEX stage_history_company ON stage_history(company_id, changed_at);
CREATE INDEX stage_history_to ON stage_history(to_stage, changed_at);
PRAGMA user_version = 19;
COMMIT;
