-- Voronka schema version 5: call scripts.

-- A call script is one row whose steps and answers are a JSON document (CallScriptRepository reads and
-- writes it; see there for the format). Why not tables for steps and answers: a script is read, edited and
-- saved as a whole by one person in the editor, it is never queried step by step across scripts, and its
-- parts have no history of their own. One row gives one version for the whole script (a stale save is
-- refused as a whole, never half-merged with a colleague's steps) and saving is one UPDATE instead of
-- diffing child rows. The rules the document must keep (start step exists, every answer leads to a step or
-- an outcome) are checked by the repository before any write.
CREATE TABLE call_scripts (
    id          INTEGER PRIMARY KEY,
    title       TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(title)) > 0),
    -- ISO 639-1 code of the language the script is written in.
    language    TEXT    NOT NULL CHECK (length(language) BETWEEN 2 AND 3),
    document    TEXT    NOT NULL CHECK (json_valid(document)),
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    updated_by  INTEGER REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX call_scripts_language ON call_scripts(language);

-- The default scripts (a cold call to a company to book a meeting with the decision maker, past the secretary,
-- with the common objections answered, in Russian and in English) are the JSON files in resources/scripts, where
-- translators and users find them: SchemaMigrator has DefaultCallScripts seed them at the end of this step.
