-- Voronka schema step: an import's companies wait here for the search index, which is filled after the batch lands.
--
-- Writing the FTS5 trigram entry of each imported company inside the import cost about a fifth of its time, and
-- every step's commit flushed the index's pending entries into a new small segment that had to be merged again.
-- An import now writes each company's search text here (one append to a table keyed by id), and whoever has the
-- base open moves the rows into company_search in short steps afterwards (SearchBacklog::fill). Meanwhile every
-- search also scans the text waiting here, so an imported company is found from the moment its batch is shown.
-- A company is in company_search or here, never in both.
CREATE TABLE search_backlog (
    company_id INTEGER PRIMARY KEY,
    text TEXT NOT NULL
);
