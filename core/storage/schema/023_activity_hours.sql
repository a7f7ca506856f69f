-- Voronka schema step: the calls and meetings counted by the hour, person, kind and outcome, so that a year of them
-- (a million calls on a big base) is read as fifty thousand counts: the activity report and the weekly trends add up
-- the whole hours of a period here and read only its broken hours at the edges (a zone half an hour off UTC) from
-- activities itself (storage/ActivityHourCounts). Kept exact by the triggers below, in the writing statement's own
-- transaction, whatever writes the row (a call, a meeting, a deleted company's cascade, a deleted user's SET NULL).
--   hour      the UTC hour of occurred_at, as stored times begin: 'YYYY-MM-DDTHH'
--   outcome   '' for none
CREATE TABLE activity_hours (
    hour    TEXT    NOT NULL,
    user_id INTEGER NOT NULL,
    kind    TEXT    NOT NULL,
    outcome TEXT    NOT NULL,
    n       INTEGER NOT NULL,
    PRIMARY KEY (hour, user_id, kind, outcome)
) WITHOUT ROWID;

-- The rows already there are counted afterwards, a range of ids per short write step, by storage/ActivityHoursFill
-- (counting five million activities here held the write lock for seconds on a 1,000,000-company base). Until it is
-- done the rows from the next id up to this one are its to count, and the triggers leave them alone; the reports read
-- activities itself meanwhile. A new base has no row to count and gets no marker.
INSERT INTO settings (key, value)
SELECT 'activity_hours_fill_up_to', (SELECT max(id) FROM activities) WHERE EXISTS (SELECT 1 FROM activities);
INSERT INTO settings (key, value)
SELECT 'activity_hours_fill_next', (SELECT min(id) FROM activities) WHERE EXISTS (SELECT 1 FROM activities);

CREATE TRIGGER activity_hours_added AFTER INSERT ON activities
WHEN NEW.kind IN ('call', 'meeting') AND NEW.user_id IS NOT NULL
AND NOT EXISTS (SELECT 1 FROM settings n, settings u WHERE n.key = 'activity_hours_fill_next'
                AND u.key = 'activity_hours_fill_up_to' AND NEW.id BETWEEN CAST(n.value AS INTEGER)
                AND CAST(u.value AS INTEGER))
BEGIN
    INSERT INTO activity_hours (hour, user_id, kind, outcome, n)
    VALUES (substr(NEW.occurred_at, 1, 13), NEW.user_id, NEW.kind, coalesce(NEW.outcome, ''), 1)
    ON CONFLICT (hour, user_id, kind, outcome) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER activity_hours_removed AFTER DELETE ON activities
WHEN OLD.kind IN ('call', 'meeting') AND OLD.user_id IS NOT NULL
AND NOT EXISTS (SELECT 1 FROM settings n, settings u WHERE n.key = 'activity_hours_fill_next'
                AND u.key = 'activity_hours_fill_up_to' AND OLD.id BETWEEN CAST(n.value AS INTEGER)
                AND CAST(u.value AS INTEGER))
BEGIN
    UPDATE activity_hours SET n = n - 1 WHERE hour = substr(OLD.occurred_at, 1, 13) AND user_id = OLD.user_id
    AND kind = OLD.kind AND outcome = coalesce(OLD.outcome, '');
END;

CREATE TRIGGER activity_hours_changed AFTER UPDATE OF occurred_at, user_id, kind, outcome ON activities
WHEN NOT EXISTS (SELECT 1 FROM settings n, settings u WHERE n.key = 'activity_hours_fill_next'
                 AND u.key = 'activity_hours_fill_up_to' AND OLD.id BETWEEN CAST(n.value AS INTEGER)
                 AND CAST(u.value AS INTEGER))
BEGIN
    UPDATE activity_hours SET n = n - 1 WHERE OLD.kind IN ('call', 'meeting') AND OLD.user_id IS NOT NULL
    AND hour = substr(OLD.occurred_at, 1, 13) AND user_id = OLD.user_id AND kind = OLD.kind
    AND outcome = coalesce(OLD.outcome, '');
    INSERT INTO activity_hours (hour, user_id, kind, outcome, n)
    SELECT substr(NEW.occurred_at, 1, 13), NEW.user_id, NEW.kind, coalesce(NEW.outcome, ''), 1
    WHERE NEW.kind IN ('call', 'meeting') AND NEW.user_id IS NOT NULL
    ON CONFLICT (hour, user_id, kind, outcome) DO UPDATE SET n = n + 1;
END;
