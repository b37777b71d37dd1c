-- Quotes (their decision and the invoice they became), recurring schedules with the occurrences
-- they issued, and client feedback. The UNIQUE constraints are the guarantees: a quote is decided
-- once and becomes at most one invoice, an occurrence (schedule, date) is issued at most once ever
-- (even with the app's hourly run and `facturas recurring run` from cron at the same moment), and
-- an invoice gets at most one feedback request.

-- A quote's decision. The link quote -> invoice is invoice_id; invoice -> quote is the UNIQUE index.
CREATE TABLE quote_decisions (
    quote_id TEXT PRIMARY KEY REFERENCES invoices (id),
    outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'rejected')),
    decided_on TEXT NOT NULL,                -- the date the client said yes or no
    note TEXT NOT NULL DEFAULT '',
    -- the draft invoice it became (deferred: written in the same transaction as the draft);
    -- if that draft is deleted the quote stays accepted, without a link
    invoice_id TEXT REFERENCES invoices (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    recorded_at TEXT NOT NULL,
    CHECK (outcome = 'accepted' OR invoice_id IS NULL)
);
CREATE UNIQUE INDEX ux_quote_decisions_invoice ON quote_decisions (invoice_id);

CREATE TABLE recurring_schedules (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients (id),
    every TEXT NOT NULL CHECK (every IN ('week', 'month', 'quarter', 'year')),
    start_date TEXT NOT NULL,
    end_date TEXT,
    max_count INTEGER CHECK (max_count IS NULL OR max_count > 0),
    template TEXT NOT NULL,                  -- JSON in the draft-invoice shape of CLI.md
    auto_send INTEGER NOT NULL DEFAULT 0 CHECK (auto_send IN (0, 1)),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX ix_recurring_schedules_client ON recurring_schedules (client_id);

CREATE TABLE recurring_occurrences (
    id TEXT PRIMARY KEY,
    schedule_id TEXT NOT NULL REFERENCES recurring_schedules (id),
    occurrence_date TEXT NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 1),   -- 1st, 2nd... occurrence of the schedule
    -- the issued invoice, written in the same transaction (deferred: the claim comes first)
    invoice_id TEXT NOT NULL UNIQUE REFERENCES invoices (id) DEFERRABLE INITIALLY DEFERRED,
    outbox_id TEXT REFERENCES outbox (id) DEFERRABLE INITIALLY DEFERRED,
    issued_at TEXT NOT NULL,
    UNIQUE (schedule_id, occurrence_date),
    UNIQUE (schedule_id, position)
);

-- History: an issued occurrence is never forgotten; only its email link may be set, once.
CREATE TRIGGER tr_recurring_occurrences_no_delete BEFORE DELETE ON recurring_occurrences
BEGIN SELECT RAISE(ABORT, 'recurring_occurrences: history is final'); END;
CREATE TRIGGER tr_recurring_occurrences_update BEFORE UPDATE ON recurring_occurrences
WHEN NEW.id IS NOT OLD.id OR NEW.schedule_id IS NOT OLD.schedule_id
    OR NEW.occurrence_date IS NOT OLD.occurrence_date OR NEW.position IS NOT OLD.position
    OR NEW.invoice_id IS NOT OLD.invoice_id OR NEW.issued_at IS NOT OLD.issued_at
    OR (OLD.outbox_id IS NOT NULL AND NEW.outbox_id IS NOT OLD.outbox_id)
BEGIN SELECT RAISE(ABORT, 'recurring_occurrences: history is final'); END;

CREATE TABLE feedback (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients (id),
    invoice_id TEXT REFERENCES invoices (id),
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment TEXT NOT NULL DEFAULT '',
    given_on TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'email', 'imap')),
    created_at TEXT NOT NULL
);
CREATE INDEX ix_feedback_client ON feedback (client_id, given_on);
CREATE INDEX ix_feedback_date ON feedback (given_on);

-- One request for feedback per invoice, ever (inside the receipt or as its own email).
CREATE TABLE feedback_requests (
    id TEXT PRIMARY KEY,
    invoice_id TEXT NOT NULL UNIQUE REFERENCES invoices (id),
    outbox_id TEXT REFERENCES outbox (id) DEFERRABLE INITIALLY DEFERRED,
    channel TEXT NOT NULL CHECK (channel IN ('receipt', 'email')),
    requested_at TEXT NOT NULL
);
