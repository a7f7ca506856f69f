-- Voronka schema version 4: what meetings, deals and payments need.

-- The closer who brought the company in: set by its first payment, when the company passes to an account
-- manager (owner_id) and becomes a client. It never changes afterwards, so the closer's share of later
-- payments can be computed from it.
ALTER TABLE companies ADD COLUMN brought_by INTEGER REFERENCES users(id) ON DELETE SET NULL;
-- When the first payment made the company a client.
ALTER TABLE companies ADD COLUMN client_since TEXT;
CREATE INDEX companies_brought_by ON companies(brought_by) WHERE brought_by IS NOT NULL;
