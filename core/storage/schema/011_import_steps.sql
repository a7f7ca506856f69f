-- Voronka schema version 11: an import and its undo commit in steps, and stay all-or-nothing as users see them.
--
-- An import writes its rows in short transactions (so that colleagues' saves on a shared file get the lock between
-- them) under a batch that is 'loading' until its last step sets 'done'; every reader of companies leaves out the
-- companies of a batch that is not 'done' (VisibleCompanies). Undo, a cancelled or failed import and the clean-up
-- of one left by a crash first set 'removing' (the companies vanish at once), then delete in steps; an undo ends
-- 'undone', a batch that never finished is deleted. heartbeat_at is written at every step: a 'loading' or
-- 'removing' batch whose heartbeat is old belongs to a process that died (UnfinishedBatchCleaner).
-- Only the small batches table is touched: no rebuild of companies on a big base.
ALTER TABLE import_batches ADD COLUMN state TEXT NOT NULL DEFAULT 'done'
    CHECK (state IN ('loading', 'done', 'removing', 'undone'));
ALTER TABLE import_batches ADD COLUMN heartbeat_at TEXT;
ALTER TABLE import_batches ADD COLUMN undone_by INTEGER REFERENCES users(id) ON DELETE SET NULL;
UPDATE import_batches SET state = 'undone' WHERE undone_at IS NOT NULL;
-- The readers' check "is any batch unfinished?" looks here first.
CREATE INDEX import_batches_unfinished ON import_batches(state) WHERE state IN ('loading', 'removing');

-- The audit trail of an undo or a clean-up is the batch (undone_at, undone_by), not one row per company it removes;
-- a person deleting one imported company by hand is audited as before.
DROP TRIGGER audit_companies_delete;
CREATE TRIGGER audit_companies_delete AFTER DELETE ON companies
WHEN OLD.import_batch_id IS NULL
    OR NOT EXISTS (SELECT 1 FROM import_batches b WHERE b.id = OLD.import_batch_id AND b.state = 'removing')
BEGIN
    INSERT INTO audit_log (table_name, row_id, company_id, user_id, changed_at, field, old_value)
    VALUES ('companies', OLD.id, OLD.id, OLD.updated_by, OLD.updated_at, 'deleted', OLD.name);
END;
