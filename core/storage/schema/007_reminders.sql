-- Voronka schema version 7: reminders that fire once, whichever desktop shows them.

-- When the reminder of an open task was shown; NULL until then. Snoozing or rescheduling clears it, so the
-- task reminds again, and a restart or a second desktop never shows the same reminder twice.
ALTER TABLE tasks ADD COLUMN reminded_at TEXT;

-- The next reminder of a user, and every reminder that has come, is one range lookup on this index.
CREATE INDEX tasks_remind ON tasks(assignee_id, coalesce(snoozed_until, due_at))
    WHERE status = 'open' AND reminded_at IS NULL;
