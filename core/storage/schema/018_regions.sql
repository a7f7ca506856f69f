-- Voronka schema step: regions. A company's region (companies.region, step 16) is filled from its city by every writer
-- (RegionOfCity) or from an import's Region column; a person may have one (users.region, NULL for all regions), and a
-- head with a region sees that region only (VisibleCompanies).
--
-- Companies from before this step keep no region until they are edited or imported again: filling a million rows
-- here would hold the base's lock far longer than a second.
ALTER TABLE users ADD COLUMN region TEXT;

-- The list of the regions present (a few dozen look-ups along it, RegionListQuery), a region filter's count, with the
-- stage filter too, and a regional head's part of the base: each one range. Partial: on a base from before this step
-- every region is NULL, so creating it reads the table once and writes nothing (0.5 s on the 1,000,000-company bench
-- base).
CREATE INDEX companies_region ON companies(region, stage) WHERE region IS NOT NULL;

-- An import's merge fills a company's empty region too (as it fills its city), and its undo takes the region back:
-- the table of filled fields takes 'region'. A CHECK cannot be changed in place, so the table is made again; it holds
-- a row per field a merge filled, far fewer than the companies.
CREATE TABLE import_merge_fields_018 (
    id          INTEGER PRIMARY KEY,
    batch_id    INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    company_id  INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    field       TEXT    NOT NULL CHECK (field IN ('inn', 'city', 'region', 'address', 'website', 'industry')),
    value       TEXT    NOT NULL
);
INSERT INTO import_merge_fields_018 (id, batch_id, company_id, field, value)
    SELECT id, batch_id, company_id, field, value FROM import_merge_fields;
DROP TABLE import_merge_fields;
ALTER TABLE import_merge_fields_018 RENAME TO import_merge_fields;
CREATE INDEX import_merge_fields_batch ON import_merge_fields(batch_id);
CREATE INDEX import_merge_fields_company ON import_merge_fields(company_id);
