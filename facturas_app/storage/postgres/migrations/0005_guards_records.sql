-- The guards of the billing records and of the history around the books (SQLite's 0002, 0003,
-- 0004, 0005, 0015), continued from 0004_guards.sql, and the TRUNCATE door closed.

-- VERI*FACTU billing records: the chain only grows at its end, records are append-only and
-- describe their invoice -------------------------------------------------------------------------
CREATE FUNCTION verifactu_records_chain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.chain_seq IS DISTINCT FROM (SELECT coalesce(max(chain_seq), 0) + 1 FROM verifactu_records
                                       WHERE issuer_nif = NEW.issuer_nif)
       OR NEW.previous_huella IS DISTINCT FROM coalesce(
           (SELECT huella FROM verifactu_records
            WHERE issuer_nif = NEW.issuer_nif AND chain_seq = NEW.chain_seq - 1), '') THEN
        RAISE EXCEPTION USING MESSAGE = 'verifactu record does not continue its chain',
                              ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER tr_verifactu_records_chain BEFORE INSERT ON verifactu_records FOR EACH ROW
EXECUTE FUNCTION verifactu_records_chain();
CREATE TRIGGER tr_verifactu_records_no_update BEFORE UPDATE ON verifactu_records FOR EACH ROW
EXECUTE FUNCTION refuse('verifactu records are append-only');
CREATE TRIGGER tr_verifactu_records_no_delete BEFORE DELETE ON verifactu_records FOR EACH ROW
EXECUTE FUNCTION refuse('verifactu records are append-only');

CREATE FUNCTION verifactu_records_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.invoice_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM invoices
        WHERE id = NEW.invoice_id AND number = NEW.number AND issue_date = NEW.issue_date) THEN
        RAISE EXCEPTION USING MESSAGE = 'verifactu records are append-only and describe their invoice',
                              ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER tr_verifactu_records_insert BEFORE INSERT ON verifactu_records FOR EACH ROW
EXECUTE FUNCTION verifactu_records_insert();

-- Sending state may change, except which record it is about; never deleted --------------------
CREATE FUNCTION verifactu_submissions_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM verifactu_records WHERE id = NEW.record_id) THEN
        RAISE EXCEPTION USING MESSAGE = 'verifactu submissions belong to their record',
                              ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER tr_verifactu_submissions_insert BEFORE INSERT ON verifactu_submissions FOR EACH ROW
EXECUTE FUNCTION verifactu_submissions_insert();
CREATE TRIGGER tr_verifactu_submissions_update BEFORE UPDATE ON verifactu_submissions FOR EACH ROW
WHEN (NEW.record_id IS DISTINCT FROM OLD.record_id)
EXECUTE FUNCTION refuse('verifactu submissions belong to their record');
CREATE TRIGGER tr_verifactu_submissions_no_delete BEFORE DELETE ON verifactu_submissions FOR EACH ROW
EXECUTE FUNCTION refuse('verifactu submissions belong to their record');

-- The outbox: a sent message is final, and the bytes never change once queued ----------------
CREATE TRIGGER tr_outbox_sent_is_final BEFORE UPDATE ON outbox FOR EACH ROW
WHEN (OLD.state = 'sent' AND (NEW.state <> 'sent' OR NEW.raw_message IS DISTINCT FROM OLD.raw_message
                              OR NEW.message_id IS DISTINCT FROM OLD.message_id))
EXECUTE FUNCTION refuse('outbox: a sent message is final');
CREATE TRIGGER tr_outbox_bytes_immutable BEFORE UPDATE ON outbox FOR EACH ROW
WHEN (NEW.raw_message IS DISTINCT FROM OLD.raw_message OR NEW.message_id IS DISTINCT FROM OLD.message_id)
EXECUTE FUNCTION refuse('outbox: the message bytes never change once queued');

-- History: reminders, receipts, recurring occurrences, the timeline ---------------------------
CREATE TRIGGER tr_reminders_sent_no_update BEFORE UPDATE ON reminders_sent FOR EACH ROW
EXECUTE FUNCTION refuse('reminders_sent: history is final');
CREATE TRIGGER tr_reminders_sent_no_delete BEFORE DELETE ON reminders_sent FOR EACH ROW
EXECUTE FUNCTION refuse('reminders_sent: history is final');
CREATE TRIGGER tr_receipts_no_delete BEFORE DELETE ON receipts FOR EACH ROW
EXECUTE FUNCTION refuse('receipts: history is final');
CREATE TRIGGER tr_receipts_no_update BEFORE UPDATE ON receipts FOR EACH ROW
EXECUTE FUNCTION refuse('receipts: history is final');
CREATE TRIGGER tr_recurring_occurrences_no_delete BEFORE DELETE ON recurring_occurrences FOR EACH ROW
EXECUTE FUNCTION refuse('recurring_occurrences: history is final');
CREATE TRIGGER tr_recurring_occurrences_update BEFORE UPDATE ON recurring_occurrences FOR EACH ROW
WHEN ((NEW.id, NEW.schedule_id, NEW.occurrence_date, NEW.position, NEW.invoice_id, NEW.issued_at)
      IS DISTINCT FROM
      (OLD.id, OLD.schedule_id, OLD.occurrence_date, OLD.position, OLD.invoice_id, OLD.issued_at)
      OR (OLD.outbox_id IS NOT NULL AND NEW.outbox_id IS DISTINCT FROM OLD.outbox_id))
EXECUTE FUNCTION refuse('recurring_occurrences: history is final');
CREATE TRIGGER tr_events_no_update BEFORE UPDATE ON events FOR EACH ROW
EXECUTE FUNCTION refuse('events: history is final');
CREATE TRIGGER tr_events_no_delete BEFORE DELETE ON events FOR EACH ROW
EXECUTE FUNCTION refuse('events: history is final');

-- A client with issued invoices stays; sample data only into empty books ----------------------
CREATE FUNCTION clients_with_issued_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM invoices WHERE client_id = OLD.id AND number IS NOT NULL) THEN
        RAISE EXCEPTION USING MESSAGE = 'a client with issued invoices cannot be deleted',
                              ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;
END
$$;
CREATE TRIGGER tr_clients_with_issued_no_delete BEFORE DELETE ON clients FOR EACH ROW
EXECUTE FUNCTION clients_with_issued_no_delete();

CREATE FUNCTION bulk_load_grant_empty_books() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM invoices WHERE number IS NOT NULL) THEN
        RAISE EXCEPTION USING MESSAGE = 'bulk load only into books without issued invoices',
                              ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER tr_bulk_load_grant_empty_books BEFORE INSERT ON bulk_load_grant FOR EACH ROW
EXECUTE FUNCTION bulk_load_grant_empty_books();

-- TRUNCATE runs no row trigger: every guarded table refuses it (PostgreSQL only) ----------------
DO $$
DECLARE
    guarded text;
BEGIN
    FOREACH guarded IN ARRAY ARRAY[
        'invoices', 'invoice_lines', 'invoice_taxes', 'payments', 'series_counters', 'events',
        'verifactu_records', 'verifactu_submissions', 'outbox', 'reminders_sent', 'receipts',
        'recurring_occurrences', 'clients']
    LOOP
        EXECUTE format('CREATE TRIGGER tr_%s_no_truncate BEFORE TRUNCATE ON %I FOR EACH STATEMENT '
                       'EXECUTE FUNCTION refuse(%L)', guarded, guarded, guarded || ': never truncated');
    END LOOP;
END
$$;
