-- Voronka schema step: what the funnel reports read. Every stage_history row is an entry into its stage; the reports
-- need, for every entry, what became of it. A row keeps its facts (who, when, from, to) unchanged; these columns are
-- derived from the rows after it and kept exact by StageHistoryRepository::record, which writes them in the move's
-- own transaction:
--   left_at, left_to  the time and the stage of the next move of the same company (company rows) or of the same deal
--                     (deal rows); NULL while the company or the deal is still at this row's stage
--   cohort_at         when the company (company rows) or the deal (deal rows) was created: the cohort it belongs to
--   opens             1 on a company's first move (out of the cold base it was created in) and on a deal's first step
--   lost_reason       on a move to lost, the reason's title from the list (it was only the comment's beginning)
-- With them every report is one pass over one index range, with no look-up of a later row (docs/reports.md).
ALTER TABLE stage_history ADD COLUMN left_at TEXT;
ALTER TABLE stage_history ADD COLUMN left_to TEXT;
ALTER TABLE stage_history ADD COLUMN cohort_at TEXT;
ALTER TABLE stage_history ADD COLUMN opens INTEGER NOT NULL DEFAULT 0 CHECK (opens IN (0, 1));
ALTER TABLE stage_history ADD COLUMN lost_reason TEXT;

-- The rows already there are filled afterwards, company by company in short write steps, by
-- storage/FunnelSpanBackfill (the window's worker, `voronka report`, `voronka index`): filling 1,900,000 rows here, in
-- the step's one transaction, held the write lock for a minute on a 1,000,000-company base (docs/performance.md). What
-- is left to fill is kept in settings: the rows up to this id, of the companies from the next one up to the last. A
-- new base has no row to fill and gets no marker; the funnel report refuses until the marker is gone.
INSERT INTO settings (key, value)
SELECT 'funnel_spans_backfill_up_to', (SELECT max(id) FROM stage_history) WHERE EXISTS (SELECT 1 FROM stage_history);
INSERT INTO settings (key, value)
SELECT 'funnel_spans_backfill_last_company', (SELECT max(company_id) FROM stage_history)
WHERE EXISTS (SELECT 1 FROM stage_history);
INSERT INTO settings (key, value)
SELECT 'funnel_spans_backfill_next_company', (SELECT min(company_id) FROM stage_history)
WHERE EXISTS (SELECT 1 FROM stage_history);

-- The period view (entries made in the period, for everyone or one person) and the cohort view (entries of the
-- companies created in the period): each covers what the report reads, the lost reasons included, so a year of a
-- 2,000,000-row history is read in one pass over one range of one index (the period's with a company's first move and
-- creation, for how the companies created in the period left the cold base; the cohort's with changed_at, for the
-- days spent, and company_id, for the first payments).
CREATE INDEX stage_history_period ON stage_history(changed_at, to_stage, from_stage, left_to, left_at, user_id,
                                                   lost_reason, opens, cohort_at)
WHERE deal_id IS NULL;
CREATE INDEX stage_history_cohort ON stage_history(cohort_at, to_stage, from_stage, left_to, left_at, changed_at,
                                                   user_id, opens, lost_reason, company_id)
WHERE deal_id IS NULL;
-- The companies' moves to client (a few percent of the moves): the first payments of a period, everyone's or those a
-- person made, and the clients won back from reactivation, with no look-up of each row.
CREATE INDEX stage_history_clients ON stage_history(changed_at, company_id, from_stage, user_id)
WHERE deal_id IS NULL AND to_stage = 'client';
-- A deal's steps by stage and time, with who made them: the offers and contracts of a period, by person.
CREATE INDEX stage_history_steps ON stage_history(to_stage, changed_at, user_id) WHERE deal_id IS NOT NULL;
-- A company's own moves in order (no deal steps among them): its first move and whether an earlier move made it a
-- client are one look into this index for each client of a period (the first payments, days to the first payment).
CREATE INDEX stage_history_moves ON stage_history(company_id, changed_at, to_stage) WHERE deal_id IS NULL;

-- The companies entered by hand (not by an import: an import's companies are counted through their batch) in the
-- order they were made, for the cold base's entries of a period. Partial, so an import writes nothing more.
CREATE INDEX companies_made_by_hand ON companies(created_at) WHERE import_batch_id IS NULL;

-- Calls and meetings of a period, for everyone or one person (the activity report), with the company: whose meeting
-- each one held was, and a region's.
CREATE INDEX activities_period ON activities(kind, occurred_at, user_id, outcome, company_id)
WHERE kind IN ('call', 'meeting');
-- The calls that booked a meeting, by company: who booked each meeting held is one look into it.
CREATE INDEX activities_bookings ON activities(company_id, occurred_at, user_id)
WHERE kind = 'call' AND outcome = 'meeting_booked';

-- The contacts collected and those confirmed in a period, by who collected them: a range each. An import adds its
-- companies at the end of the first (one time for a batch), a first call reaching a company at the end of the second.
CREATE INDEX companies_created ON companies(created_at, collected_by) WHERE collected_by IS NOT NULL;
CREATE INDEX companies_confirmed ON companies(confirmed_at, collected_by)
WHERE confirmed_at IS NOT NULL AND collected_by IS NOT NULL;

-- The payments of a period (the activity report, pay for results), with what they are of.
CREATE INDEX payments_paid ON payments(paid_at, company_id, deal_id, amount_kopecks);
