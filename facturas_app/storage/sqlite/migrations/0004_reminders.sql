-- Reminders, pauses and receipts. The UNIQUE constraints are the guarantees: an (invoice, stage)
-- reminder is taken at most once ever and a payment gets at most one receipt, even when two
-- processes (the app's hourly run and `facturas remind` from cron) work at the same moment.
CREATE TABLE reminders_sent (
    id TEXT PRIMARY KEY,
    invoice_id TEXT NOT NULL REFERENCES invoices (id),
    stage TEXT NOT NULL,                     -- 'before_due', 'due', 'overdue_7', ...
    outcome TEXT NOT NULL CHECK (outcome IN ('queued', 'skipped')),
    due_on TEXT NOT NULL,                    -- the date the stage fell due
    recorded_at TEXT NOT NULL,
    -- the email, queued in the same transaction (deferred: the row may be written just before)
    outbox_id TEXT REFERENCES outbox (id) DEFERRABLE INITIALLY DEFERRED,
    CHECK ((outcome = 'queued') = (outbox_id IS NOT NULL)),
    UNIQUE (invoice_id, stage)
);

-- Reminders paused for one invoice (a client's opt-out is clients.reminders_paused).
CREATE TABLE reminder_pauses (
    invoice_id TEXT PRIMARY KEY REFERENCES invoices (id),
    paused_at TEXT NOT NULL
);

CREATE TABLE receipts (
    id TEXT PRIMARY KEY,
    payment_id TEXT NOT NULL UNIQUE REFERENCES payments (id),
    outbox_id TEXT NOT NULL REFERENCES outbox (id) DEFERRABLE INITIALLY DEFERRED,
    created_at TEXT NOT NULL
);

-- History: a reminder or receipt once recorded is never rewritten or forgotten.
CREATE TRIGGER tr_reminders_sent_no_update BEFORE UPDATE ON reminders_sent
BEGIN SELECT RAISE(ABORT, 'reminders_sent: history is final'); END;
CREATE TRIGGER tr_reminders_sent_no_delete BEFORE DELETE ON reminders_sent
BEGIN SELECT RAISE(ABORT, 'reminders_sent: history is final'); END;
CREATE TRIGGER tr_receipts_no_delete BEFORE DELETE ON receipts
BEGIN SELECT RAISE(ABORT, 'receipts: history is final'); END;

-- Aging and days-to-pay scan open invoices by client and payments by invoice.
CREATE INDEX ix_invoices_open_client ON invoices (doc_type, status, client_id, due_date);
