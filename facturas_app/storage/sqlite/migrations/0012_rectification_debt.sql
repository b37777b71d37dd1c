-- Rectification that settles the debt (issue #16, point 7).
--
-- rectification_method: how a rectifying invoice states its amounts (RD 1619/2012 art. 15):
-- 'substitution' (the corrected full amounts; the only way until now, so existing rectifying
-- invoices get it) or 'differences' (only the difference). NULL on any other invoice.
ALTER TABLE invoices ADD COLUMN rectification_method TEXT
    CHECK (rectification_method IN ('substitution', 'differences'));
-- debt_change_cents: what rectifying invoices moved onto or off this invoice's debt
-- (domain/settlement.py), so that what is owed is amount_due + debt_change - paid everywhere.
ALTER TABLE invoices ADD COLUMN debt_change_cents INTEGER NOT NULL DEFAULT 0;

-- Dropped before the backfill so that the UPDATEs below do not maintain them row by row.
DROP INDEX ix_invoices_reports;
DROP INDEX ix_invoices_money;
DROP INDEX ix_invoices_sort_outstanding;

UPDATE invoices SET rectification_method = 'substitution' WHERE kind = 'rectifying';

-- Existing substitutions settle as the rule says (every one so far was a substitution): the
-- replaced versions owe nothing and their payments count on the latest version. The version a
-- substitution replaces is the latest earlier one of the same original (repo_reports' rule),
-- so the current version is the latest non-cancelled one of each original; the app recomputes a
-- family exactly (and for deeper chains) on its next rectification or payment.
CREATE TEMP TABLE _versions AS
    SELECT r.id AS id, r.rectifies_id AS original,
           ROW_NUMBER() OVER (PARTITION BY r.rectifies_id ORDER BY r.issue_date DESC, r.year DESC, r.seq DESC)
               AS newest
    FROM invoices r
    WHERE r.rectifies_id IS NOT NULL AND r.number IS NOT NULL AND r.status <> 'cancelled';
-- Replaced: the originals and every version but the newest.
UPDATE invoices SET debt_change_cents = paid_cents - amount_due_cents
WHERE id IN (SELECT original FROM _versions) AND status <> 'cancelled'
   OR id IN (SELECT id FROM _versions WHERE newest > 1);
-- The newest version: minus what was paid on the versions it replaced.
UPDATE invoices SET debt_change_cents = -(
    SELECT COALESCE(SUM(o.paid_cents), 0) FROM invoices o
    WHERE o.status <> 'cancelled' AND o.number IS NOT NULL AND (
        o.id = invoices.rectifies_id
        OR o.id IN (SELECT v.id FROM _versions v WHERE v.original = invoices.rectifies_id AND v.newest > 1)
    )
)
WHERE id IN (SELECT id FROM _versions WHERE newest = 1);
DROP TABLE _versions;

-- A refund (money given back when a rectification left the client owed) is a negative payment:
-- the CHECK becomes "not zero". SQLite cannot change a CHECK, so the table is rebuilt under the
-- same name; receipts reference payments, so their foreign keys are checked at commit, when the
-- same ids are back.
PRAGMA defer_foreign_keys = ON;
CREATE TEMP TABLE _payments AS SELECT * FROM payments;
DROP TABLE payments;
CREATE TABLE payments (
    id TEXT PRIMARY KEY,
    invoice_id TEXT NOT NULL REFERENCES invoices (id),
    amount_cents INTEGER NOT NULL CHECK (amount_cents <> 0),
    paid_on TEXT NOT NULL,
    method TEXT NOT NULL DEFAULT 'transfer',
    reference TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    removed_at TEXT,
    removed_reason TEXT NOT NULL DEFAULT ''
);
INSERT INTO payments (id, invoice_id, amount_cents, paid_on, method, reference, created_at, removed_at, removed_reason)
    SELECT id, invoice_id, amount_cents, paid_on, method, reference, created_at, removed_at, removed_reason
    FROM _payments;
DROP TABLE _payments;
CREATE INDEX ix_payments_invoice ON payments (invoice_id);

-- 0010's, with the method: the reports tell substitutions (which take the replaced version away)
-- from differences (which count as they are) without leaving the index.
CREATE INDEX ix_invoices_reports ON invoices (
    doc_type, issue_date, series, year, seq, status, number, kind, rectifies_id, rectification_kind,
    rectification_method, client_id, client_name, client_tax_id, client_country,
    base_cents, vat_cents, surcharge_cents, irpf_cents, total_cents, id
) WHERE number IS NOT NULL;
-- 0006's, with what is owed now written as the list writes it (invoice_list_sql.OWED_SQL).
CREATE INDEX ix_invoices_money ON invoices (
    doc_type, status, due_date, total_cents, amount_due_cents, debt_change_cents, paid_cents, search_key
);
CREATE INDEX ix_invoices_sort_outstanding ON invoices (
    doc_type, (amount_due_cents + debt_change_cents - paid_cents), search_key
);

-- The method is part of what was issued: as immutable as the rest (0010's trigger, one more column).
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
    OR NEW.rectification_reason IS NOT OLD.rectification_reason
    OR NEW.rectification_method IS NOT OLD.rectification_method OR NEW.status = 'draft'
    OR (OLD.status = 'cancelled' AND NEW.status IS NOT 'cancelled')
)
BEGIN
    SELECT RAISE(ABORT, 'issued invoice is immutable');
END;
