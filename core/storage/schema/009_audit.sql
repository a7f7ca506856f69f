-- Voronka schema version 9: the audit trail, who changed what and when, for companies, deals and payments.
--
-- Filled by triggers rather than by the repositories: a company is written by the card, the funnel, the import
-- and its undo, and a trigger cannot be forgotten by a new write path; it runs inside the writer's transaction,
-- and a refused (stale) update touches no row, so it leaves no trace. The user is known without a session
-- table: every write stamps updated_by (VersionedTable and the import do), so the triggers take NEW.updated_by.
-- A deletion carries the last stamp; CompanyRepository::remove stamps the deleting user first.
-- No foreign keys: the history of a deleted company or user stays readable.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    table_name  TEXT    NOT NULL CHECK (table_name IN ('companies', 'deals', 'payments')),
    row_id      INTEGER NOT NULL,
    company_id  INTEGER NOT NULL,
    user_id     INTEGER,
    changed_at  TEXT    NOT NULL,
    -- A column name, or 'created' / 'deleted' for a whole row (new_value / old_value then names the row).
    field       TEXT    NOT NULL,
    old_value   TEXT,
    new_value   TEXT
);
CREATE INDEX audit_log_company ON audit_log(company_id, changed_at);

CREATE TRIGGER audit_companies_insert AFTER INSERT ON companies
BEGIN
    INSERT INTO audit_log (table_name, row_id, company_id, user_id, changed_at, field, new_value)
    VALUES ('companies', NEW.id, NEW.id, NEW.updated_by, NEW.updated_at, 'created', NEW.name);
END;

CREATE TRIGGER audit_companies_update AFTER UPDATE ON companies
BEGIN
    INSERT INTO audit_log (table_name, row_id, company_id, user_id, changed_at, field, old_value, new_value)
    SELECT 'companies', NEW.id, NEW.id, NEW.updated_by, NEW.updated_at, field, old_value, new_value
    FROM (SELECT 'name' AS field, OLD.name AS old_value, NEW.name AS new_value
          UNION ALL SELECT 'inn', OLD.inn, NEW.inn
          UNION ALL SELECT 'city', OLD.city, NEW.city
          UNION ALL SELECT 'address', OLD.address, NEW.address
          UNION ALL SELECT 'website', OLD.website, NEW.website
          UNION ALL SELECT 'industry', OLD.industry, NEW.industry
          UNION ALL SELECT 'source', OLD.source, NEW.source
          UNION ALL SELECT 'stage', OLD.stage, NEW.stage
          UNION ALL SELECT 'owner_id', OLD.owner_id, NEW.owner_id
          UNION ALL SELECT 'next_action_at', OLD.next_action_at, NEW.next_action_at)
    WHERE old_value IS NOT new_value;
END;

CREATE TRIGGER audit_companies_delete AFTER DELETE ON companies
BEGIN
    INSERT INTO audit_log (table_name, row_id, company_id, user_id, changed_at, field, old_value)
    VALUES ('companies', OLD.id, OLD.id, OLD.updated_by, OLD.updated_at, 'deleted', OLD.name);
END;

CREATE TRIGGER audit_deals_insert AFTER INSERT ON deals
BEGIN
    INSERT INTO audit_log (table_name, row_id, company_id, user_id, changed_at, field, new_value)
    VALUES ('deals', NEW.id, NEW.company_id, NEW.updated_by, NEW.updated_at, 'created', NEW.title);
END;

CREATE TRIGGER audit_deals_update AFTER UPDATE ON deals
BEGIN
    INSERT INTO audit_log (table_name, row_id, company_id, user_id, changed_at, field, old_value, new_value)
    SELECT 'deals', NEW.id, NEW.company_id, NEW.updated_by, NEW.updated_at, field, old_value, new_value
    FROM (SELECT 'title' AS field, OLD.title AS old_value, NEW.title AS new_value
          UNION ALL SELECT 'step', OLD.step, NEW.step
          UNION ALL SELECT 'owner_id', OLD.owner_id, NEW.owner_id
          UNION ALL SELECT 'amount_kopecks', OLD.amount_kopecks, NEW.amount_kopecks
          UNION ALL SELECT 'margin_kopecks', OLD.margin_kopecks, NEW.margin_kopecks
          UNION ALL SELECT 'invoice_number', OLD.invoice_number, NEW.invoice_number
          UNION ALL SELECT 'invoice_date', OLD.invoice_date, NEW.invoice_date
          UNION ALL SELECT 'lost_reason', OLD.lost_reason, NEW.lost_reason)
    WHERE old_value IS NOT new_value;
END;

CREATE TRIGGER audit_payments_insert AFTER INSERT ON payments
BEGIN
    INSERT INTO audit_log (table_name, row_id, company_id, user_id, changed_at, field, new_value)
    VALUES ('payments', NEW.id, NEW.company_id, NEW.updated_by, NEW.updated_at, 'created', NEW.amount_kopecks);
END;

CREATE TRIGGER audit_payments_update AFTER UPDATE ON payments
BEGIN
    INSERT INTO audit_log (table_name, row_id, company_id, user_id, changed_at, field, old_value, new_value)
    SELECT 'payments', NEW.id, NEW.company_id, NEW.updated_by, NEW.updated_at, field, old_value, new_value
    FROM (SELECT 'amount_kopecks' AS field, OLD.amount_kopecks AS old_value, NEW.amount_kopecks AS new_value
          UNION ALL SELECT 'paid_at', OLD.paid_at, NEW.paid_at
          UNION ALL SELECT 'deal_id', OLD.deal_id, NEW.deal_id)
    WHERE old_value IS NOT new_value;
END;
