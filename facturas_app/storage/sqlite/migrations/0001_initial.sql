-- Facturas schema, version 1. Portable SQL where possible; SQLite specifics are the triggers.
CREATE TABLE business (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    trade_name TEXT NOT NULL DEFAULT '',
    tax_id TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT 'ES',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    iban TEXT NOT NULL DEFAULT '',
    bic TEXT NOT NULL DEFAULT '',
    default_series TEXT NOT NULL DEFAULT 'F',
    rectifying_series TEXT NOT NULL DEFAULT 'R',
    quote_series TEXT NOT NULL DEFAULT 'P',
    default_vat_rate TEXT NOT NULL DEFAULT '21',
    default_irpf_rate TEXT NOT NULL DEFAULT '0',
    default_payment_methods TEXT NOT NULL DEFAULT '["transfer"]',
    language TEXT NOT NULL DEFAULT 'es',
    thank_you TEXT NOT NULL DEFAULT '',
    payment_link TEXT NOT NULL DEFAULT '',
    logo_path TEXT NOT NULL DEFAULT '',
    pdf_template TEXT NOT NULL DEFAULT 'clasica',
    accent_color TEXT NOT NULL DEFAULT '#1F5F8B'
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE clients (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    tax_id TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT 'ES',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    iban TEXT NOT NULL DEFAULT '',
    payment_terms_days INTEGER NOT NULL DEFAULT 30,
    language TEXT NOT NULL DEFAULT 'es',
    notes TEXT NOT NULL DEFAULT '',
    reminders_paused INTEGER NOT NULL DEFAULT 0,
    search_text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX ix_clients_name ON clients (name);

CREATE TABLE products (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    unit_price TEXT NOT NULL,
    vat_rate TEXT NOT NULL,
    surcharge_rate TEXT NOT NULL DEFAULT '0',
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
CREATE INDEX ix_products_name ON products (name);

CREATE TABLE series_counters (
    series TEXT NOT NULL,
    year INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    last_date TEXT NOT NULL,
    PRIMARY KEY (series, year)
);

CREATE TABLE invoices (
    id TEXT PRIMARY KEY,
    doc_type TEXT NOT NULL DEFAULT 'invoice',
    kind TEXT NOT NULL DEFAULT 'invoice',
    status TEXT NOT NULL DEFAULT 'draft',
    series TEXT,
    year INTEGER,
    seq INTEGER,
    number TEXT,
    client_id TEXT NOT NULL REFERENCES clients (id),
    client_name TEXT NOT NULL DEFAULT '',
    client_snapshot TEXT NOT NULL DEFAULT '{}',
    issuer_snapshot TEXT NOT NULL DEFAULT '{}',
    issue_date TEXT NOT NULL,
    due_date TEXT NOT NULL,
    operation_date TEXT,
    valid_until TEXT,
    irpf_rate TEXT NOT NULL DEFAULT '0',
    payment_methods TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '',
    thank_you TEXT NOT NULL DEFAULT '',
    template TEXT NOT NULL DEFAULT '',
    base_cents INTEGER NOT NULL DEFAULT 0,
    vat_cents INTEGER NOT NULL DEFAULT 0,
    surcharge_cents INTEGER NOT NULL DEFAULT 0,
    irpf_cents INTEGER NOT NULL DEFAULT 0,
    total_cents INTEGER NOT NULL DEFAULT 0,
    amount_due_cents INTEGER NOT NULL DEFAULT 0,
    paid_cents INTEGER NOT NULL DEFAULT 0,
    rectifies_id TEXT REFERENCES invoices (id),
    rectification_kind TEXT,
    rectification_reason TEXT NOT NULL DEFAULT '',
    cancel_reason TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    issued_at TEXT,
    sent_at TEXT,
    cancelled_at TEXT,
    CHECK (status IN ('draft', 'issued', 'sent', 'partially_paid', 'paid', 'cancelled')),
    CHECK ((number IS NULL) = (status = 'draft'))
);
CREATE UNIQUE INDEX ux_invoices_number ON invoices (number);
CREATE UNIQUE INDEX ux_invoices_series_seq ON invoices (series, year, seq);
CREATE INDEX ix_invoices_status_due ON invoices (doc_type, status, due_date);
CREATE INDEX ix_invoices_issue_date ON invoices (doc_type, issue_date);
CREATE INDEX ix_invoices_client ON invoices (client_id, issue_date);
CREATE INDEX ix_invoices_rectifies ON invoices (rectifies_id);

CREATE TABLE invoice_lines (
    invoice_id TEXT NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    description TEXT NOT NULL,
    quantity TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    unit_price TEXT NOT NULL,
    discount_percent TEXT NOT NULL DEFAULT '0',
    vat_rate TEXT NOT NULL,
    surcharge_rate TEXT NOT NULL DEFAULT '0',
    exemption TEXT,
    net_cents INTEGER NOT NULL,
    product_id TEXT,
    PRIMARY KEY (invoice_id, position)
);

CREATE TABLE invoice_taxes (
    invoice_id TEXT NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    exemption TEXT,
    vat_rate TEXT NOT NULL,
    surcharge_rate TEXT NOT NULL,
    base_cents INTEGER NOT NULL,
    vat_cents INTEGER NOT NULL,
    surcharge_cents INTEGER NOT NULL,
    PRIMARY KEY (invoice_id, position)
);

CREATE TABLE payments (
    id TEXT PRIMARY KEY,
    invoice_id TEXT NOT NULL REFERENCES invoices (id),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    paid_on TEXT NOT NULL,
    method TEXT NOT NULL DEFAULT 'transfer',
    reference TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    removed_at TEXT,
    removed_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_payments_invoice ON payments (invoice_id);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    client_id TEXT REFERENCES clients (id),
    invoice_id TEXT REFERENCES invoices (id),
    kind TEXT NOT NULL,
    happened_at TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX ix_events_client ON events (client_id, happened_at);

-- An issued invoice is immutable: only its payment/sending/cancellation state may change.
CREATE TRIGGER tr_invoices_issued_immutable
BEFORE UPDATE ON invoices
WHEN OLD.number IS NOT NULL AND (
    NEW.number IS NOT OLD.number OR NEW.series IS NOT OLD.series OR NEW.year IS NOT OLD.year
    OR NEW.seq IS NOT OLD.seq OR NEW.doc_type IS NOT OLD.doc_type OR NEW.kind IS NOT OLD.kind
    OR NEW.client_id IS NOT OLD.client_id OR NEW.client_snapshot IS NOT OLD.client_snapshot
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

CREATE TRIGGER tr_invoices_issued_no_delete
BEFORE DELETE ON invoices
WHEN OLD.number IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'issued invoice cannot be deleted');
END;

CREATE TRIGGER tr_lines_insert_locked BEFORE INSERT ON invoice_lines
WHEN (SELECT number FROM invoices WHERE id = NEW.invoice_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'issued invoice is immutable'); END;
CREATE TRIGGER tr_lines_update_locked BEFORE UPDATE ON invoice_lines
WHEN (SELECT number FROM invoices WHERE id = OLD.invoice_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'issued invoice is immutable'); END;
CREATE TRIGGER tr_lines_delete_locked BEFORE DELETE ON invoice_lines
WHEN (SELECT number FROM invoices WHERE id = OLD.invoice_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'issued invoice is immutable'); END;
CREATE TRIGGER tr_taxes_insert_locked BEFORE INSERT ON invoice_taxes
WHEN (SELECT number FROM invoices WHERE id = NEW.invoice_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'issued invoice is immutable'); END;
CREATE TRIGGER tr_taxes_update_locked BEFORE UPDATE ON invoice_taxes
WHEN (SELECT number FROM invoices WHERE id = OLD.invoice_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'issued invoice is immutable'); END;
CREATE TRIGGER tr_taxes_delete_locked BEFORE DELETE ON invoice_taxes
WHEN (SELECT number FROM invoices WHERE id = OLD.invoice_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'issued invoice is immutable'); END;
