-- Quotes, recurring invoices, feedback, bank statements and SEPA direct debits: SQLite's 0005,
-- 0019 and 0020 in their final shapes. The UNIQUE constraints are the claims that hold across
-- machines: a quote becomes at most one invoice, an occurrence (schedule, date) is issued once
-- ever, an invoice gets one feedback request and sits in one live remittance.
CREATE TABLE quote_decisions (
    quote_id text PRIMARY KEY REFERENCES invoices (id),
    outcome text NOT NULL CHECK (outcome IN ('accepted', 'rejected')),
    decided_on date NOT NULL,
    note text NOT NULL DEFAULT '',
    invoice_id text REFERENCES invoices (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    recorded_at timestamptz NOT NULL,
    CHECK (outcome = 'accepted' OR invoice_id IS NULL)
);
CREATE UNIQUE INDEX ux_quote_decisions_invoice ON quote_decisions (invoice_id);

CREATE TABLE recurring_schedules (
    id text PRIMARY KEY,
    client_id text NOT NULL REFERENCES clients (id),
    every text NOT NULL CHECK (every IN ('week', 'month', 'quarter', 'year')),
    start_date date NOT NULL,
    end_date date,
    max_count integer CHECK (max_count IS NULL OR max_count > 0),
    template jsonb NOT NULL,
    auto_send smallint NOT NULL DEFAULT 0 CHECK (auto_send IN (0, 1)),
    active smallint NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at timestamptz NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX ix_recurring_schedules_client ON recurring_schedules (client_id);

CREATE TABLE recurring_occurrences (
    id text PRIMARY KEY,
    schedule_id text NOT NULL REFERENCES recurring_schedules (id),
    occurrence_date date NOT NULL,
    position integer NOT NULL CHECK (position >= 1),
    invoice_id text NOT NULL UNIQUE REFERENCES invoices (id) DEFERRABLE INITIALLY DEFERRED,
    outbox_id text REFERENCES outbox (id) DEFERRABLE INITIALLY DEFERRED,
    issued_at timestamptz NOT NULL,
    UNIQUE (schedule_id, occurrence_date),
    UNIQUE (schedule_id, position)
);

CREATE TABLE feedback (
    id text PRIMARY KEY,
    client_id text NOT NULL REFERENCES clients (id),
    invoice_id text REFERENCES invoices (id),
    rating integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment text NOT NULL DEFAULT '',
    given_on date NOT NULL,
    source text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'email', 'imap')),
    created_at timestamptz NOT NULL
);
CREATE INDEX ix_feedback_client ON feedback (client_id, given_on);
CREATE INDEX ix_feedback_date ON feedback (given_on);

CREATE TABLE feedback_requests (
    id text PRIMARY KEY,
    invoice_id text NOT NULL UNIQUE REFERENCES invoices (id),
    outbox_id text REFERENCES outbox (id) DEFERRABLE INITIALLY DEFERRED,
    channel text NOT NULL CHECK (channel IN ('receipt', 'email')),
    requested_at timestamptz NOT NULL
);

-- SQLite's 0015: sample data writes invoices already issued, into empty books only.
CREATE TABLE bulk_load_grant (
    id integer PRIMARY KEY CHECK (id = 1),
    reason text NOT NULL
);

CREATE TABLE bank_movements (
    id text PRIMARY KEY,
    movement_key text NOT NULL UNIQUE,
    account text NOT NULL,
    booked_on date NOT NULL,
    amount text NOT NULL,
    concept text NOT NULL DEFAULT '',
    reference text NOT NULL DEFAULT '',
    counterparty_name text NOT NULL DEFAULT '',
    counterparty_iban text NOT NULL DEFAULT '',
    bank_code text NOT NULL DEFAULT '',
    end_to_end_id text NOT NULL DEFAULT '',
    return_reason text NOT NULL DEFAULT '',
    state text NOT NULL CHECK (state IN ('matched', 'suggested', 'unmatched', 'debit', 'returned')),
    imported_at timestamptz NOT NULL
);
CREATE INDEX ix_bank_movements_state_date ON bank_movements (state, booked_on);

CREATE TABLE bank_matches (
    movement_id text NOT NULL REFERENCES bank_movements (id),
    invoice_id text NOT NULL REFERENCES invoices (id),
    amount text NOT NULL,
    payment_id text,
    PRIMARY KEY (movement_id, invoice_id)
);
CREATE INDEX ix_bank_matches_invoice ON bank_matches (invoice_id);

CREATE TABLE sepa_mandates (
    client_id text PRIMARY KEY REFERENCES clients (id),
    mandate_id text NOT NULL UNIQUE,
    iban text NOT NULL,
    signed_on date NOT NULL,
    scheme text NOT NULL CHECK (scheme IN ('CORE', 'B2B')),
    first_collection date,
    updated_at timestamptz NOT NULL
);

CREATE TABLE sepa_remittances (
    id text PRIMARY KEY,
    message_id text NOT NULL UNIQUE,
    file_name text NOT NULL,
    collection_date date NOT NULL,
    scheme text NOT NULL CHECK (scheme IN ('CORE', 'B2B')),
    count integer NOT NULL,
    total_cents bigint NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE sepa_remittance_items (
    remittance_id text NOT NULL REFERENCES sepa_remittances (id),
    invoice_id text NOT NULL REFERENCES invoices (id),
    client_id text NOT NULL REFERENCES clients (id),
    mandate_id text NOT NULL,
    sequence_type text NOT NULL CHECK (sequence_type IN ('FRST', 'RCUR')),
    amount_cents bigint NOT NULL CHECK (amount_cents > 0),
    end_to_end_id text NOT NULL,
    returned_at timestamptz,
    return_reason text NOT NULL DEFAULT '',
    PRIMARY KEY (remittance_id, invoice_id)
);
CREATE UNIQUE INDEX ux_sepa_items_live_invoice ON sepa_remittance_items (invoice_id)
    WHERE returned_at IS NULL;
CREATE INDEX ix_sepa_items_mandate ON sepa_remittance_items (mandate_id);
