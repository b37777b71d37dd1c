-- The guarantees the database itself enforces: each of SQLite's 40 guard triggers (migrations
-- 0001, 0002, 0003, 0004, 0005, 0015, 0017, as they stand after 0023) ported one by one, under
-- its SQLite name. Conditions on the row alone are the trigger's WHEN; those that read other
-- rows run in a PL/pgSQL function. Left out on purpose, with the reason:
--   * the "no REPLACE over an existing row" halves of 0015's insert triggers: PostgreSQL has no
--     REPLACE (INSERT ... ON CONFLICT DO UPDATE fires the UPDATE triggers below), so the primary
--     keys and unique indexes alone refuse a second row with an issued invoice's id or number;
--   * SQLite's full-text triggers (tr_invoice_search_*): the trigram index needs none.
-- Added, PostgreSQL's own door: TRUNCATE skips row triggers, so the guarded tables refuse it.
-- Every refusal is SQLSTATE 23000 (integrity_constraint_violation) with SQLite's words.

CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE FUNCTION invoice_is_issued(p_invoice_id text) RETURNS boolean LANGUAGE sql STABLE
RETURN (SELECT number FROM invoices WHERE id = p_invoice_id) IS NOT NULL;

-- Lines and tax rows: TG_ARGV[0] says whose invoice is checked, the row's old one or its new one.
CREATE FUNCTION refuse_if_invoice_issued() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF invoice_is_issued(CASE TG_ARGV[0] WHEN 'new' THEN NEW.invoice_id ELSE OLD.invoice_id END) THEN
        RAISE EXCEPTION USING MESSAGE = 'issued invoice is immutable',
                              ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$;

-- Invoices (0012's, 0015's and 0017's versions) --------------------------------------------------
CREATE TRIGGER tr_invoices_issued_immutable BEFORE UPDATE ON invoices FOR EACH ROW
WHEN (OLD.number IS NOT NULL AND (
    (NEW.number, NEW.series, NEW.year, NEW.seq, NEW.doc_type, NEW.kind, NEW.client_id,
     NEW.client_snapshot, NEW.client_tax_id, NEW.client_country, NEW.issuer_snapshot, NEW.issue_date,
     NEW.due_date, NEW.operation_date, NEW.irpf_rate, NEW.payment_methods, NEW.notes, NEW.thank_you,
     NEW.base_cents, NEW.vat_cents, NEW.surcharge_cents, NEW.irpf_cents, NEW.total_cents,
     NEW.amount_due_cents, NEW.rectifies_id, NEW.rectification_kind, NEW.rectification_reason,
     NEW.rectification_method)
    IS DISTINCT FROM
    (OLD.number, OLD.series, OLD.year, OLD.seq, OLD.doc_type, OLD.kind, OLD.client_id,
     OLD.client_snapshot, OLD.client_tax_id, OLD.client_country, OLD.issuer_snapshot, OLD.issue_date,
     OLD.due_date, OLD.operation_date, OLD.irpf_rate, OLD.payment_methods, OLD.notes, OLD.thank_you,
     OLD.base_cents, OLD.vat_cents, OLD.surcharge_cents, OLD.irpf_cents, OLD.total_cents,
     OLD.amount_due_cents, OLD.rectifies_id, OLD.rectification_kind, OLD.rectification_reason,
     OLD.rectification_method)
    OR NEW.status = 'draft' OR (OLD.status = 'cancelled' AND NEW.status <> 'cancelled')))
EXECUTE FUNCTION refuse('issued invoice is immutable');

CREATE TRIGGER tr_invoices_issued_no_delete BEFORE DELETE ON invoices FOR EACH ROW
WHEN (OLD.number IS NOT NULL)
EXECUTE FUNCTION refuse('issued invoice cannot be deleted');

CREATE FUNCTION invoices_insert_not_issued() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.number IS NOT NULL OR NEW.status <> 'draft') AND NOT EXISTS (SELECT 1 FROM bulk_load_grant) THEN
        RAISE EXCEPTION USING MESSAGE = 'issued invoice is immutable: an invoice is issued from a draft',
                              ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER tr_invoices_insert_not_issued BEFORE INSERT ON invoices FOR EACH ROW
EXECUTE FUNCTION invoices_insert_not_issued();

CREATE FUNCTION invoices_issue_takes_its_number() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status IS DISTINCT FROM 'issued' OR NEW.issued_at IS NULL
       OR NEW.seq IS DISTINCT FROM (SELECT last_seq FROM series_counters
                                    WHERE series = NEW.series AND year = NEW.year)
       OR NEW.number IS DISTINCT FROM format_number(NEW.series, NEW.year, NEW.seq) THEN
        RAISE EXCEPTION USING MESSAGE = 'issued invoice is immutable: a number is taken from its series',
                              ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER tr_invoices_issue_takes_its_number BEFORE UPDATE ON invoices FOR EACH ROW
WHEN (OLD.number IS NULL AND NEW.number IS NOT NULL)
EXECUTE FUNCTION invoices_issue_takes_its_number();

CREATE TRIGGER tr_invoices_keys_fixed BEFORE UPDATE ON invoices FOR EACH ROW
WHEN (NEW.id IS DISTINCT FROM OLD.id
      OR (OLD.search_key IS NOT NULL AND NEW.search_key IS DISTINCT FROM OLD.search_key))
EXECUTE FUNCTION refuse('issued invoice is immutable: ids never change');

CREATE TRIGGER tr_invoices_issued_state BEFORE UPDATE ON invoices FOR EACH ROW
WHEN (OLD.number IS NOT NULL AND (
    (NEW.client_name, NEW.valid_until, NEW.template, NEW.created_at, NEW.issued_at, NEW.search_text)
        IS DISTINCT FROM
    (OLD.client_name, OLD.valid_until, OLD.template, OLD.created_at, OLD.issued_at, OLD.search_text)
    OR (OLD.sent_at IS NOT NULL AND NEW.sent_at IS DISTINCT FROM OLD.sent_at)
    OR (OLD.status = 'cancelled' AND (NEW.cancelled_at, NEW.cancel_reason)
                                     IS DISTINCT FROM (OLD.cancelled_at, OLD.cancel_reason))
    OR (OLD.status <> 'cancelled' AND NEW.status = 'cancelled'
        AND (NEW.cancelled_at IS NULL OR trim(NEW.cancel_reason) = ''))
    OR (NEW.status <> 'cancelled' AND (NEW.cancelled_at, NEW.cancel_reason)
                                      IS DISTINCT FROM (OLD.cancelled_at, OLD.cancel_reason))))
EXECUTE FUNCTION refuse('issued invoice is immutable');

CREATE FUNCTION invoices_paid_is_payments() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.paid_cents IS DISTINCT FROM (SELECT coalesce(sum(amount_cents), 0) FROM payments
                                        WHERE invoice_id = NEW.id AND removed_at IS NULL) THEN
        RAISE EXCEPTION USING MESSAGE = 'issued invoice is immutable: paid is the sum of its payments',
                              ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER tr_invoices_paid_is_payments BEFORE UPDATE OF paid_cents ON invoices FOR EACH ROW
WHEN (NEW.paid_cents IS DISTINCT FROM OLD.paid_cents)
EXECUTE FUNCTION invoices_paid_is_payments();

-- Lines and tax rows (0001, 0015) ---------------------------------------------------------------
CREATE TRIGGER tr_lines_insert_locked BEFORE INSERT ON invoice_lines FOR EACH ROW
EXECUTE FUNCTION refuse_if_invoice_issued('new');
CREATE TRIGGER tr_lines_update_locked BEFORE UPDATE ON invoice_lines FOR EACH ROW
EXECUTE FUNCTION refuse_if_invoice_issued('old');
CREATE TRIGGER tr_lines_delete_locked BEFORE DELETE ON invoice_lines FOR EACH ROW
EXECUTE FUNCTION refuse_if_invoice_issued('old');
CREATE TRIGGER tr_lines_update_into_issued BEFORE UPDATE ON invoice_lines FOR EACH ROW
WHEN (NEW.invoice_id IS DISTINCT FROM OLD.invoice_id)
EXECUTE FUNCTION refuse_if_invoice_issued('new');
CREATE TRIGGER tr_taxes_insert_locked BEFORE INSERT ON invoice_taxes FOR EACH ROW
EXECUTE FUNCTION refuse_if_invoice_issued('new');
CREATE TRIGGER tr_taxes_update_locked BEFORE UPDATE ON invoice_taxes FOR EACH ROW
EXECUTE FUNCTION refuse_if_invoice_issued('old');
CREATE TRIGGER tr_taxes_delete_locked BEFORE DELETE ON invoice_taxes FOR EACH ROW
EXECUTE FUNCTION refuse_if_invoice_issued('old');
CREATE TRIGGER tr_taxes_update_into_issued BEFORE UPDATE ON invoice_taxes FOR EACH ROW
WHEN (NEW.invoice_id IS DISTINCT FROM OLD.invoice_id)
EXECUTE FUNCTION refuse_if_invoice_issued('new');

-- Payments (0015): removed softly, once; only on an issued, not cancelled invoice ----------------
CREATE FUNCTION payments_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT invoice_is_issued(NEW.invoice_id)
       OR (SELECT status FROM invoices WHERE id = NEW.invoice_id) = 'cancelled' THEN
        RAISE EXCEPTION USING MESSAGE = 'payments: only on an issued invoice, never over another payment',
                              ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER tr_payments_insert BEFORE INSERT ON payments FOR EACH ROW
EXECUTE FUNCTION payments_insert();
CREATE TRIGGER tr_payments_update BEFORE UPDATE ON payments FOR EACH ROW
WHEN ((NEW.id, NEW.invoice_id, NEW.amount_cents, NEW.paid_on, NEW.method, NEW.reference, NEW.created_at)
      IS DISTINCT FROM
      (OLD.id, OLD.invoice_id, OLD.amount_cents, OLD.paid_on, OLD.method, OLD.reference, OLD.created_at)
      OR OLD.removed_at IS NOT NULL OR NEW.removed_at IS NULL)
EXECUTE FUNCTION refuse('payments: history is final, a payment is only removed, once');
CREATE TRIGGER tr_payments_no_delete BEFORE DELETE ON payments FOR EACH ROW
EXECUTE FUNCTION refuse('payments: history is final, a payment is only removed, once');

-- Numbering (0015): a counter only moves forward and is never forgotten --------------------------
CREATE TRIGGER tr_series_counters_forward BEFORE UPDATE ON series_counters FOR EACH ROW
WHEN (NEW.series IS DISTINCT FROM OLD.series OR NEW.year IS DISTINCT FROM OLD.year
      OR NEW.last_seq < OLD.last_seq OR NEW.last_date < OLD.last_date)
EXECUTE FUNCTION refuse('series counters only move forward');
CREATE FUNCTION series_counters_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM invoices
               WHERE series = NEW.series AND year = NEW.year AND seq > NEW.last_seq) THEN
        RAISE EXCEPTION USING MESSAGE = 'series counters only move forward',
                              ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER tr_series_counters_insert BEFORE INSERT ON series_counters FOR EACH ROW
EXECUTE FUNCTION series_counters_insert();
CREATE TRIGGER tr_series_counters_no_delete BEFORE DELETE ON series_counters FOR EACH ROW
EXECUTE FUNCTION refuse('series counters only move forward');
