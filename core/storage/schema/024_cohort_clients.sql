-- Voronka schema step: the moves to client of the companies created in a period (the cohort view's days from the
-- first call to the first payment) read from their own small index, a few percent of the cohort's moves; they were
-- looked up one by one among every move to client of all time (a third of a second for a year on a 1,000,000-company
-- base). user_id for one person's cohort.
CREATE INDEX stage_history_cohort_clients ON stage_history(cohort_at, company_id, changed_at, user_id)
WHERE deal_id IS NULL AND to_stage = 'client';
