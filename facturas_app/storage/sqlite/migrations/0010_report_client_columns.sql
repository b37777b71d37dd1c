-- The year's sales book at 100,000 invoices (issue #11): the client's tax id and country as plain
-- columns, copied from the immutable snapshot when the row is written.
--
-- Migration 0009 indexed them as expressions of the snapshot, json_extract(client_snapshot, ...), but
-- SQLite before 3.41 never reads an indexed expression's value out of the index: it visits every
-- invoice's table row and parses its JSON again (a third of the book's query time on 3.40). Plain
-- columns in the covering index are read from the index like any other.
ALTER TABLE invoices ADD COLUMN client_tax_id TEXT NOT NULL DEFAULT '';
ALTER TABLE invoices ADD COLUMN client_country TEXT NOT NULL DEFAULT '';

-- Dropped before the backfill so that the UPDATE does not maintain it row by row.
DROP INDEX ix_invoices_reports;

-- The same values the reports read until now (json_extract of a missing key is NULL: '').
UPDATE invoices SET
    client_tax_id = COALESCE(json_extract(client_snapshot, '$.tax_id'), ''),
    client_country = COALESCE(json_extract(client_snapshot, '$.country'), '');

-- As in 0009, with the plain columns in place of the expressions.
CREATE INDEX ix_invoices_reports ON invoices (
    doc_type, issue_date, series, year, seq, status, number, kind, rectifies_id, rectification_kind,
    client_id, client_name, client_tax_id, client_country,
    base_cents, vat_cents, surcharge_cents, irpf_cents, total_cents, id
) WHERE number IS NOT NULL;

-- The copies are part of the snapshot, so an issued invoice's are as immutable as the snapshot itself
-- (0001's trigger, with the two columns added after the backfill above).
DROP TRIGGER tr_invoices_issued_immutable;
CREATE TRIGGER tr_invoices_issued_immutable
BEFORE UPDATE ON invoices
WHEN OLD.number IS NOT NULL AND (
    NEW.number IS NOT OLD.number OR NEW.series IS NOT OLD.series OR NEW.year IS NOT OLD.year
    OR NEW.seq IS NOT OLD.seq OR NEW.doc_type IS NOT OLD.doc_type OR NEW.kind IS NOT OLD.kind
    OR NEW.client_id IS NOT OLD.client_id OR NEW.client_snapshot IS NOT OLD.client_snapshot
    OR NEW.client_tax_id IS NOT OLD.client_tax_id OR NEW.client_country IS NOT OLD.client_country
    OR NEW.issuer_snapshot IS NOT OLD.issuer_snapshot OR NEW.issue_date IS NOT OLD.issue_date
    OR NEW.due_date IS NOT OLD.due_date OR NEW.operation_date IS NOT OLD.operation_date
    OR NEW.irpf_rate IS NOT OLD.irpf_rate OR NEW.payment_methods IS NOT OLD.payment_methods
    OR NEW.notes IS NOT OLD.notes OR NEW.thank_you IS NOT OLD.thank_you
    OR NEW.base_cents IS NOT OLD.base_cents OR NEW.vat_cents IS NOT OLD.vat_cents
    OR NEW.surcharge_cents IS NOT OLD.surcharge_cents OR NEW.irpf_cents IS NOT OLD.irpf_cents
    OR NEW.total_cents IS NOT OLD.total_cents OR NEW.amount_due_cents IS NOT OLD.amount_due_cents
    OR NEW.rectifies_id IS NOT OLD.rectifies_id OR NEW.rectification_kind IS NOT OLD.rectification_kind
    OR NEW.rectification_reason IS NOT OLD.rectification_reason OR NEW.status = 'draft'
    OR (OLD.status = 'cancelled' AND NEW.status IS NOT 'cancelled')
)
BEGIN
    SELECT RAISE(ABORT, 'issued invoice is immutable');
END;
