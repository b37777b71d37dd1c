-- Facturas on PostgreSQL (office mode, #22), version 1: the tables of the SQLite schema after its
-- migrations 0001-0023, in their final shapes (0024's expenses and 0025's sort keys come later).
-- Native types where SQLite stored text: date, timestamptz, jsonb, bytea, bigint cents, boolean.
-- Money stays integer cents and rates/prices canonical decimal text, as on SQLite. The guards
-- (SQLite's triggers) are 0002_guards.sql. Needs a UTF8 database (normalize) built with ICU.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE business (
    id integer PRIMARY KEY CHECK (id = 1),
    name text NOT NULL,
    trade_name text NOT NULL DEFAULT '',
    tax_id text NOT NULL,
    address text NOT NULL DEFAULT '',
    postal_code text NOT NULL DEFAULT '',
    city text NOT NULL DEFAULT '',
    country text NOT NULL DEFAULT 'ES',
    email text NOT NULL DEFAULT '',
    phone text NOT NULL DEFAULT '',
    iban text NOT NULL DEFAULT '',
    bic text NOT NULL DEFAULT '',
    default_series text NOT NULL DEFAULT 'F',
    rectifying_series text NOT NULL DEFAULT 'R',
    quote_series text NOT NULL DEFAULT 'P',
    default_vat_rate text NOT NULL DEFAULT '21',
    default_irpf_rate text NOT NULL DEFAULT '0',
    default_payment_methods jsonb NOT NULL DEFAULT '["transfer"]',
    language text NOT NULL DEFAULT 'es',
    thank_you text NOT NULL DEFAULT '',
    payment_link text NOT NULL DEFAULT '',
    logo_path text NOT NULL DEFAULT '',
    pdf_template text NOT NULL DEFAULT 'clasica',
    accent_color text NOT NULL DEFAULT '#1F5F8B',
    sepa_creditor_id text NOT NULL DEFAULT '',
    sepa_prenotice_days integer NOT NULL DEFAULT 2
);

CREATE TABLE settings (
    key text PRIMARY KEY,
    value jsonb NOT NULL
);
-- SQLite's 0014: the data set's identity, made once.
INSERT INTO settings (key, value) VALUES ('dataset_id', to_jsonb(gen_random_uuid()::text));

CREATE TABLE clients (
    id text PRIMARY KEY,
    name text NOT NULL,
    tax_id text NOT NULL DEFAULT '',
    address text NOT NULL DEFAULT '',
    postal_code text NOT NULL DEFAULT '',
    city text NOT NULL DEFAULT '',
    country text NOT NULL DEFAULT 'ES',
    email text NOT NULL DEFAULT '',
    phone text NOT NULL DEFAULT '',
    iban text NOT NULL DEFAULT '',
    payment_terms_days integer NOT NULL DEFAULT 30,
    language text NOT NULL DEFAULT 'es',
    notes text NOT NULL DEFAULT '',
    reminders_paused boolean NOT NULL DEFAULT false,
    search_text text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL,
    archived boolean NOT NULL DEFAULT false,
    einvoice_format text NOT NULL DEFAULT '' CHECK (einvoice_format IN ('', 'ubl', 'facturae')),
    dir3_oficina_contable text NOT NULL DEFAULT '',
    dir3_organo_gestor text NOT NULL DEFAULT '',
    dir3_unidad_tramitadora text NOT NULL DEFAULT ''
);
CREATE INDEX ix_clients_name ON clients (name);
CREATE INDEX ix_clients_search ON clients USING gin (search_text gin_trgm_ops);

CREATE TABLE products (
    id text PRIMARY KEY,
    code text NOT NULL DEFAULT '',
    name text NOT NULL,
    description text NOT NULL DEFAULT '',
    unit text NOT NULL DEFAULT '',
    unit_price text NOT NULL,
    vat_rate text NOT NULL,
    surcharge_rate text NOT NULL DEFAULT '0',
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL,
    search_text text NOT NULL DEFAULT ''
);
CREATE INDEX ix_products_name ON products (name);
CREATE INDEX ix_products_search ON products USING gin (search_text gin_trgm_ops);

-- Gapless numbering: one row per series and year, moved by next_number() in the issuing
-- transaction (a row lock: concurrent issuers queue; a rollback gives the number back).
CREATE TABLE series_counters (
    series text NOT NULL,
    year integer NOT NULL,
    last_seq bigint NOT NULL,
    last_date date NOT NULL,
    PRIMARY KEY (series, year)
);

CREATE TABLE invoices (
    id text PRIMARY KEY,
    doc_type text NOT NULL DEFAULT 'invoice',
    kind text NOT NULL DEFAULT 'invoice',
    status text NOT NULL DEFAULT 'draft',
    series text,
    year integer,
    seq bigint,
    number text,
    client_id text NOT NULL REFERENCES clients (id),
    client_name text NOT NULL DEFAULT '',
    client_snapshot jsonb NOT NULL DEFAULT '{}',
    issuer_snapshot jsonb NOT NULL DEFAULT '{}',
    issue_date date NOT NULL,
    due_date date NOT NULL,
    operation_date date,
    valid_until date,
    irpf_rate text NOT NULL DEFAULT '0',
    payment_methods jsonb NOT NULL DEFAULT '[]',
    notes text NOT NULL DEFAULT '',
    thank_you text NOT NULL DEFAULT '',
    template text NOT NULL DEFAULT '',
    base_cents bigint NOT NULL DEFAULT 0,
    vat_cents bigint NOT NULL DEFAULT 0,
    surcharge_cents bigint NOT NULL DEFAULT 0,
    irpf_cents bigint NOT NULL DEFAULT 0,
    total_cents bigint NOT NULL DEFAULT 0,
    amount_due_cents bigint NOT NULL DEFAULT 0,
    paid_cents bigint NOT NULL DEFAULT 0,
    rectifies_id text REFERENCES invoices (id),
    rectification_kind text,
    rectification_reason text NOT NULL DEFAULT '',
    cancel_reason text NOT NULL DEFAULT '',
    search_text text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL,
    issued_at timestamptz,
    sent_at timestamptz,
    cancelled_at timestamptz,
    -- the lists' tie-breaker (SQLite's full-text key); an identity may skip values, harmlessly
    search_key bigint GENERATED BY DEFAULT AS IDENTITY UNIQUE,
    client_tax_id text NOT NULL DEFAULT '',
    client_country text NOT NULL DEFAULT '',
    rectification_method text CHECK (rectification_method IN ('substitution', 'differences')),
    debt_change_cents bigint NOT NULL DEFAULT 0,
    CHECK (status IN ('draft', 'issued', 'sent', 'partially_paid', 'paid', 'cancelled')),
    CHECK ((number IS NULL) = (status = 'draft'))
);
CREATE UNIQUE INDEX ux_invoices_number ON invoices (number);
CREATE UNIQUE INDEX ux_invoices_series_seq ON invoices (series, year, seq);
CREATE INDEX ix_invoices_status_due ON invoices (doc_type, status, due_date);
CREATE INDEX ix_invoices_client ON invoices (client_id, issue_date);
CREATE INDEX ix_invoices_rectifies ON invoices (rectifies_id);
CREATE INDEX ix_invoices_open_client ON invoices (doc_type, status, client_id, due_date);
-- SQLite's FTS5 trigram table is a trigram GIN index on the column here (no triggers to keep it).
CREATE INDEX ix_invoices_search ON invoices USING gin (search_text gin_trgm_ops);
CREATE INDEX ix_invoices_money ON invoices (
    doc_type, status, due_date, total_cents, amount_due_cents, debt_change_cents, paid_cents, search_key
);
CREATE INDEX ix_invoices_sort_date_number ON invoices (doc_type, issue_date, number, search_key);
CREATE INDEX ix_invoices_sort_total ON invoices (doc_type, total_cents, search_key);
CREATE INDEX ix_invoices_sort_due ON invoices (doc_type, due_date, search_key);
CREATE INDEX ix_invoices_sort_client ON invoices (doc_type, client_name, search_key);
CREATE INDEX ix_invoices_sort_number ON invoices (doc_type, number, search_key);
CREATE INDEX ix_invoices_sort_status ON invoices (doc_type, status, search_key);
CREATE INDEX ix_invoices_sort_outstanding ON invoices (
    doc_type, (amount_due_cents + debt_change_cents - paid_cents), search_key
);
CREATE INDEX ix_invoices_dashboard_date ON invoices (doc_type, issue_date, status, base_cents, amount_due_cents);
CREATE INDEX ix_invoices_dashboard_client ON invoices (doc_type, client_id, issue_date, status, base_cents);
CREATE INDEX ix_invoices_reports ON invoices (
    doc_type, issue_date, series, year, seq, status, number, kind, rectifies_id, rectification_kind,
    rectification_method, client_id, client_name, client_tax_id, client_country,
    base_cents, vat_cents, surcharge_cents, irpf_cents, total_cents, id
) WHERE number IS NOT NULL;
CREATE INDEX ix_invoices_search_money ON invoices (
    search_key, doc_type, status, due_date, total_cents, amount_due_cents, debt_change_cents,
    paid_cents, client_id, issue_date
);

CREATE TABLE invoice_lines (
    invoice_id text NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    position integer NOT NULL,
    description text NOT NULL,
    quantity text NOT NULL,
    unit text NOT NULL DEFAULT '',
    unit_price text NOT NULL,
    discount_percent text NOT NULL DEFAULT '0',
    vat_rate text NOT NULL,
    surcharge_rate text NOT NULL DEFAULT '0',
    exemption text,
    net_cents bigint NOT NULL,
    product_id text,
    PRIMARY KEY (invoice_id, position)
);
CREATE INDEX ix_invoice_lines_product ON invoice_lines (product_id) WHERE product_id IS NOT NULL;

CREATE TABLE invoice_taxes (
    invoice_id text NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    position integer NOT NULL,
    exemption text,
    vat_rate text NOT NULL,
    surcharge_rate text NOT NULL,
    base_cents bigint NOT NULL,
    vat_cents bigint NOT NULL,
    surcharge_cents bigint NOT NULL,
    PRIMARY KEY (invoice_id, position)
);
CREATE INDEX ix_invoice_taxes_reports ON invoice_taxes (
    invoice_id, position, exemption, vat_rate, surcharge_rate, base_cents, vat_cents, surcharge_cents
);

CREATE TABLE payments (
    id text PRIMARY KEY,
    invoice_id text NOT NULL REFERENCES invoices (id),
    amount_cents bigint NOT NULL CHECK (amount_cents <> 0),
    paid_on date NOT NULL,
    method text NOT NULL DEFAULT 'transfer',
    reference text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL,
    removed_at timestamptz,
    removed_reason text NOT NULL DEFAULT ''
);
CREATE INDEX ix_payments_invoice ON payments (invoice_id);

CREATE TABLE events (
    id text PRIMARY KEY,
    client_id text REFERENCES clients (id),
    invoice_id text REFERENCES invoices (id),
    kind text NOT NULL,
    happened_at timestamptz NOT NULL,
    summary text NOT NULL DEFAULT '',
    payload jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX ix_events_client ON events (client_id, happened_at);

-- VERI*FACTU billing records: one hash chain per issuer NIF, append-only (0002_guards.sql).
CREATE TABLE verifactu_records (
    id text PRIMARY KEY,
    seq bigint NOT NULL UNIQUE,
    issuer_nif text NOT NULL,
    chain_seq bigint NOT NULL,
    record_type text NOT NULL CHECK (record_type IN ('alta', 'anulacion')),
    invoice_id text REFERENCES invoices (id),
    number text NOT NULL,
    issue_date date NOT NULL,
    generated_at timestamptz NOT NULL,
    huella text NOT NULL CHECK (length(huella) = 64),
    previous_huella text NOT NULL DEFAULT '',
    payload text NOT NULL,  -- JSON text kept verbatim (not jsonb: verify reads exactly what was stored)
    UNIQUE (issuer_nif, chain_seq)
);
CREATE INDEX ix_verifactu_records_invoice_seq ON verifactu_records (invoice_id, seq);

CREATE TABLE verifactu_submissions (
    record_id text PRIMARY KEY REFERENCES verifactu_records (id),
    state text NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'in_doubt', 'accepted', 'accepted_with_errors', 'rejected')),
    aeat_status text NOT NULL DEFAULT '',
    error_code integer,
    error_description text NOT NULL DEFAULT '',
    csv text NOT NULL DEFAULT '',
    attempts integer NOT NULL DEFAULT 0,
    last_attempt_at timestamptz,
    generated_at timestamptz
);
CREATE INDEX ix_verifactu_submissions_state ON verifactu_submissions (state);
CREATE INDEX ix_verifactu_submissions_waiting ON verifactu_submissions (state, generated_at);

CREATE TABLE outbox (
    id text PRIMARY KEY,
    message_id text NOT NULL UNIQUE,
    state text NOT NULL DEFAULT 'queued'
        CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'unknown', 'cancelled')),
    kind text NOT NULL CHECK (kind IN ('invoice', 'quote', 'reminder', 'receipt', 'feedback', 'test')),
    stage text NOT NULL DEFAULT '',
    "to" text NOT NULL,
    cc text NOT NULL DEFAULT '',
    subject text NOT NULL,
    invoice_id text REFERENCES invoices (id),
    client_id text REFERENCES clients (id),
    attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz,
    last_attempt_at timestamptz,
    last_error text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL,
    sent_at timestamptz,
    raw_message bytea NOT NULL,
    error_code text NOT NULL DEFAULT '',
    CHECK (state <> 'sent' OR sent_at IS NOT NULL)
);
CREATE INDEX ix_outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX ix_outbox_invoice ON outbox (invoice_id);
CREATE INDEX ix_outbox_created ON outbox (created_at);
CREATE INDEX ix_outbox_client ON outbox (client_id) WHERE client_id IS NOT NULL;

CREATE TABLE reminders_sent (
    id text PRIMARY KEY,
    invoice_id text NOT NULL REFERENCES invoices (id),
    stage text NOT NULL,
    outcome text NOT NULL CHECK (outcome IN ('queued', 'skipped')),
    due_on date NOT NULL,
    recorded_at timestamptz NOT NULL,
    outbox_id text REFERENCES outbox (id) DEFERRABLE INITIALLY DEFERRED,
    CHECK ((outcome = 'queued') = (outbox_id IS NOT NULL)),
    UNIQUE (invoice_id, stage)
);

CREATE TABLE reminder_pauses (
    invoice_id text PRIMARY KEY REFERENCES invoices (id),
    paused_at timestamptz NOT NULL
);

CREATE TABLE receipts (
    id text PRIMARY KEY,
    payment_id text NOT NULL UNIQUE REFERENCES payments (id),
    outbox_id text NOT NULL REFERENCES outbox (id) DEFERRABLE INITIALLY DEFERRED,
    created_at timestamptz NOT NULL
);
