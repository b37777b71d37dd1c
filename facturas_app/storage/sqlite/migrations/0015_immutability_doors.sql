-- Immutability, door by door (issue #17). 0001's triggers guard an issued invoice's own columns
-- and its lines as they stand; an adversarial run found ways around them: moving a draft's line
-- into an issued invoice, inserting an invoice already issued, REPLACE (which deletes the row it
-- conflicts with without firing any DELETE trigger), payments with no guard at all, and the
-- columns 0001 left out. Each trigger below closes one family of doors; tests/storage/
-- test_immutability_doors.py tries every door. (13 is skipped on purpose: databases at 14 exist.)

-- Sample data (services/demo.py, through storage/sqlite/bulk.py) writes invoices already in their
-- final state, lines first: a second UPDATE pass would rewrite every row and half the indexes.
-- That load holds this one-row grant for the length of its own transaction (it inserts and
-- deletes it before COMMIT, so no other connection ever sees it), and a grant can only be taken
-- while the books hold no issued invoice: it can fill empty books, never add to real ones.
CREATE TABLE bulk_load_grant (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    reason TEXT NOT NULL
);
CREATE TRIGGER tr_bulk_load_grant_empty_books BEFORE INSERT ON bulk_load_grant
WHEN EXISTS (SELECT 1 FROM invoices WHERE number IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'bulk load only into books without issued invoices'); END;

-- An invoice is issued by numbering a draft (repo_invoices.mark_issued), never inserted issued;
-- and no INSERT may land on an issued invoice's id, number or search key (REPLACE would delete it).
CREATE TRIGGER tr_invoices_insert_not_issued BEFORE INSERT ON invoices
WHEN ((NEW.number IS NOT NULL OR NEW.status IS NOT 'draft')
      AND NOT EXISTS (SELECT 1 FROM bulk_load_grant))
    OR EXISTS (SELECT 1 FROM invoices o WHERE o.number IS NOT NULL
               AND (o.id = NEW.id OR o.number = NEW.number OR o.search_key = NEW.search_key))
BEGIN SELECT RAISE(ABORT, 'issued invoice is immutable: an invoice is issued from a draft'); END;

-- Numbering a draft takes the number the series counter has just handed out (take_number runs
-- first in the same transaction), written as format_number writes it, starts as 'issued', and
-- cannot land on another invoice's number (UPDATE OR REPLACE would delete that one).
CREATE TRIGGER tr_invoices_issue_takes_its_number BEFORE UPDATE ON invoices
WHEN OLD.number IS NULL AND NEW.number IS NOT NULL AND (
    NEW.status IS NOT 'issued' OR NEW.issued_at IS NULL
    OR NEW.seq IS NOT (SELECT last_seq FROM series_counters WHERE series = NEW.series AND year = NEW.year)
    OR NEW.number IS NOT printf('%s-%d-%04d', NEW.series, NEW.year, NEW.seq)
    OR EXISTS (SELECT 1 FROM invoices o WHERE o.id <> OLD.id AND o.number IS NOT NULL
               AND (o.number = NEW.number OR (o.series = NEW.series AND o.year = NEW.year AND o.seq = NEW.seq)))
)
BEGIN SELECT RAISE(ABORT, 'issued invoice is immutable: a number is taken from its series'); END;

-- Any invoice: its id and search key never change (an id change under UPDATE OR REPLACE would
-- delete the issued invoice holding that id; the app never renames a row).
CREATE TRIGGER tr_invoices_keys_fixed BEFORE UPDATE ON invoices
WHEN NEW.id IS NOT OLD.id OR (OLD.search_key IS NOT NULL AND NEW.search_key IS NOT OLD.search_key)
BEGIN SELECT RAISE(ABORT, 'issued invoice is immutable: ids never change'); END;

-- What 0012's trigger leaves open on an issued invoice. After issue the app changes only: status
-- (payments, sending, cancelling, settlement), paid_cents (services/payments.py), debt_change_cents
-- (services/settlement.py), sent_at (set once, mark_sent keeps the first), cancel_reason and
-- cancelled_at (set once, together with status 'cancelled'). The rest is what was issued: the
-- client's name as snapshotted, the template, the quote's validity, the stamps, the search text.
CREATE TRIGGER tr_invoices_issued_state BEFORE UPDATE ON invoices
WHEN OLD.number IS NOT NULL AND (
    NEW.client_name IS NOT OLD.client_name OR NEW.valid_until IS NOT OLD.valid_until
    OR NEW.template IS NOT OLD.template OR NEW.created_at IS NOT OLD.created_at
    OR NEW.issued_at IS NOT OLD.issued_at OR NEW.search_text IS NOT OLD.search_text
    OR (OLD.sent_at IS NOT NULL AND NEW.sent_at IS NOT OLD.sent_at)
    OR (OLD.status = 'cancelled' AND (NEW.cancelled_at IS NOT OLD.cancelled_at
                                      OR NEW.cancel_reason IS NOT OLD.cancel_reason))
    OR (OLD.status IS NOT 'cancelled' AND NEW.status = 'cancelled'
        AND (NEW.cancelled_at IS NULL OR trim(NEW.cancel_reason) = ''))
    OR (NEW.status IS NOT 'cancelled' AND (NEW.cancelled_at IS NOT OLD.cancelled_at
                                           OR NEW.cancel_reason IS NOT OLD.cancel_reason))
)
BEGIN SELECT RAISE(ABORT, 'issued invoice is immutable'); END;

-- What was paid is the sum of the payments that stand: set_paid runs after the payment row is
-- written or removed, so "paid" can never be claimed without a payment to show for it.
CREATE TRIGGER tr_invoices_paid_is_payments BEFORE UPDATE OF paid_cents ON invoices
WHEN NEW.paid_cents IS NOT OLD.paid_cents AND NEW.paid_cents IS NOT (
    SELECT coalesce(sum(amount_cents), 0) FROM payments WHERE invoice_id = NEW.id AND removed_at IS NULL)
BEGIN SELECT RAISE(ABORT, 'issued invoice is immutable: paid is the sum of its payments'); END;

-- Lines and tax rows: 0001 checks the invoice a row leaves (OLD); this checks the one it joins
-- when it moves (a row staying where it is is 0001's alone).
CREATE TRIGGER tr_lines_update_into_issued BEFORE UPDATE ON invoice_lines
WHEN NEW.invoice_id IS NOT OLD.invoice_id
    AND (SELECT number FROM invoices WHERE id = NEW.invoice_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'issued invoice is immutable'); END;
CREATE TRIGGER tr_taxes_update_into_issued BEFORE UPDATE ON invoice_taxes
WHEN NEW.invoice_id IS NOT OLD.invoice_id
    AND (SELECT number FROM invoices WHERE id = NEW.invoice_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'issued invoice is immutable'); END;

-- Payments are removed softly (removed_at, removed_reason), never deleted or edited: a payment
-- is recorded against an issued, not cancelled invoice, and its removal is final.
CREATE TRIGGER tr_payments_insert BEFORE INSERT ON payments
WHEN (SELECT number FROM invoices WHERE id = NEW.invoice_id) IS NULL
    OR (SELECT status FROM invoices WHERE id = NEW.invoice_id) = 'cancelled'
    OR EXISTS (SELECT 1 FROM payments WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'payments: only on an issued invoice, never over another payment'); END;
CREATE TRIGGER tr_payments_update BEFORE UPDATE ON payments
WHEN NEW.id IS NOT OLD.id OR NEW.invoice_id IS NOT OLD.invoice_id
    OR NEW.amount_cents IS NOT OLD.amount_cents OR NEW.paid_on IS NOT OLD.paid_on
    OR NEW.method IS NOT OLD.method OR NEW.reference IS NOT OLD.reference
    OR NEW.created_at IS NOT OLD.created_at OR OLD.removed_at IS NOT NULL OR NEW.removed_at IS NULL
BEGIN SELECT RAISE(ABORT, 'payments: history is final, a payment is only removed, once'); END;
CREATE TRIGGER tr_payments_no_delete BEFORE DELETE ON payments
BEGIN SELECT RAISE(ABORT, 'payments: history is final, a payment is only removed, once'); END;

-- Numbering: a counter only moves forward and is never forgotten (a lowered counter hands out a
-- number again; a REPLACE would reset it without an UPDATE).
CREATE TRIGGER tr_series_counters_forward BEFORE UPDATE ON series_counters
WHEN NEW.series IS NOT OLD.series OR NEW.year IS NOT OLD.year
    OR NEW.last_seq < OLD.last_seq OR NEW.last_date < OLD.last_date
BEGIN SELECT RAISE(ABORT, 'series counters only move forward'); END;
CREATE TRIGGER tr_series_counters_insert BEFORE INSERT ON series_counters
WHEN EXISTS (SELECT 1 FROM series_counters WHERE series = NEW.series AND year = NEW.year)
    OR EXISTS (SELECT 1 FROM invoices WHERE series = NEW.series AND year = NEW.year AND seq > NEW.last_seq)
BEGIN SELECT RAISE(ABORT, 'series counters only move forward'); END;
CREATE TRIGGER tr_series_counters_no_delete BEFORE DELETE ON series_counters
BEGIN SELECT RAISE(ABORT, 'series counters only move forward'); END;

-- Billing records: 0002 refuses UPDATE and DELETE; REPLACE went round both (it deletes the record
-- it collides with). A record that names an invoice describes it: same number and issue date.
-- (services/verifactu always names one; a record naming none links to no invoice, so it falsifies
-- none: the tests' bulk chains of 1,000+ records are written that way.)
CREATE TRIGGER tr_verifactu_records_insert BEFORE INSERT ON verifactu_records
WHEN EXISTS (SELECT 1 FROM verifactu_records
             WHERE id = NEW.id OR seq = NEW.seq OR (issuer_nif = NEW.issuer_nif AND chain_seq = NEW.chain_seq))
    OR (NEW.invoice_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM invoices WHERE id = NEW.invoice_id AND number = NEW.number AND issue_date = NEW.issue_date))
BEGIN SELECT RAISE(ABORT, 'verifactu records are append-only and describe their invoice'); END;

-- Sending state (repo_verifactu.save_verifactu_submission) may change, except which record it is
-- about; it is never deleted, and exists only for a record.
CREATE TRIGGER tr_verifactu_submissions_insert BEFORE INSERT ON verifactu_submissions
WHEN NOT EXISTS (SELECT 1 FROM verifactu_records WHERE id = NEW.record_id)
BEGIN SELECT RAISE(ABORT, 'verifactu submissions belong to their record'); END;
CREATE TRIGGER tr_verifactu_submissions_update BEFORE UPDATE ON verifactu_submissions
WHEN NEW.record_id IS NOT OLD.record_id
BEGIN SELECT RAISE(ABORT, 'verifactu submissions belong to their record'); END;
CREATE TRIGGER tr_verifactu_submissions_no_delete BEFORE DELETE ON verifactu_submissions
BEGIN SELECT RAISE(ABORT, 'verifactu submissions belong to their record'); END;

-- History around the books, which the app only ever appends: the client timeline and receipts
-- (0004 refuses deleting a receipt, not moving it to another payment), and a client with issued
-- invoices (foreign keys are off in any plain sqlite3 session, so the reference alone holds nothing).
CREATE TRIGGER tr_events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events: history is final'); END;
CREATE TRIGGER tr_events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events: history is final'); END;
CREATE TRIGGER tr_receipts_no_update BEFORE UPDATE ON receipts
BEGIN SELECT RAISE(ABORT, 'receipts: history is final'); END;
CREATE TRIGGER tr_clients_with_issued_no_delete BEFORE DELETE ON clients
WHEN EXISTS (SELECT 1 FROM invoices WHERE client_id = OLD.id AND number IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'a client with issued invoices cannot be deleted'); END;
