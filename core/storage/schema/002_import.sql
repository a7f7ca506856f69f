-- Voronka schema version 2: what an import needs to be undone exactly, and the import's own settings.

ALTER TABLE import_batches ADD COLUMN encoding TEXT;
ALTER TABLE import_batches ADD COLUMN delimiter TEXT;
ALTER TABLE import_batches ADD COLUMN duplicate_policy TEXT;
ALTER TABLE import_batches ADD COLUMN merged INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_batches ADD COLUMN owner_id INTEGER REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE import_batches ADD COLUMN tag TEXT;

-- Rows an import added to companies that were already in the base (a merge): undo deletes them.
ALTER TABLE contacts ADD COLUMN import_batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL;
ALTER TABLE phones ADD COLUMN import_batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL;
ALTER TABLE emails ADD COLUMN import_batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL;
ALTER TABLE activities ADD COLUMN import_batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL;
CREATE INDEX contacts_batch ON contacts(import_batch_id) WHERE import_batch_id IS NOT NULL;
CREATE INDEX phones_batch ON phones(import_batch_id) WHERE import_batch_id IS NOT NULL;
CREATE INDEX emails_batch ON emails(import_batch_id) WHERE import_batch_id IS NOT NULL;
CREATE INDEX activities_batch ON activities(import_batch_id) WHERE import_batch_id IS NOT NULL;

-- Empty company fields a merge filled in, with the value it wrote: undo clears a field only while it still
-- holds that value, so a later edit by a person is kept.
CREATE TABLE import_merge_fields (
    id          INTEGER PRIMARY KEY,
    batch_id    INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    company_id  INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    field       TEXT    NOT NULL CHECK (field IN ('inn', 'city', 'address', 'website', 'industry')),
    value       TEXT    NOT NULL
);
CREATE INDEX import_merge_fields_batch ON import_merge_fields(batch_id);
CREATE INDEX import_merge_fields_company ON import_merge_fields(company_id);

