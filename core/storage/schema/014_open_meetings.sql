-- Voronka schema step: the open meetings, which the Meetings section lists when the window is built, are one range
-- of an index instead of a scan of every open task (100,000 open tasks on the 1,000,000-company bench base: 50 ms
-- on the window's thread at every start, with not one meeting among them).
CREATE INDEX tasks_open_kind ON tasks(kind, due_at) WHERE status = 'open';
