-- Voronka schema version 6: what call mode reads often.

-- Today's calls and meetings booked by one caller (the call mode counter) without scanning every activity.
CREATE INDEX activities_user ON activities(user_id, occurred_at) WHERE user_id IS NOT NULL;
