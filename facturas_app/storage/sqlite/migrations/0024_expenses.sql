-- Received invoices (expenses) and their suppliers (issue #21). Money in integer cents as on
-- invoices; rates and percentages as canonical decimal text. An expense keeps the supplier as its
-- invoice names them (the snapshot), the supplier list its own copy. A duplicate is the same
-- supplier (tax id compact, without its own country's VAT prefix: domain/purchases.supplier_key)
-- and the same number: refused by the UNIQUE key. Each row's totals are the sums of its tax groups,
-- written with them (repo_expenses.py), so lists and the quarter's figures read one row each.
-- search_text is folded (domain/folding.py), the invoices' rule: number, supplier name and tax id,
-- category, the notes' first 200 characters.
CREATE TABLE suppliers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    tax_id TEXT NOT NULL,
    tax_key TEXT NOT NULL UNIQUE,
    country TEXT NOT NULL DEFAULT 'ES',
    address TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX ix_suppliers_name ON suppliers (name COLLATE NOCASE);

CREATE TABLE expenses (
    id TEXT PRIMARY KEY,
    supplier_id TEXT NOT NULL REFERENCES suppliers (id),
    supplier_name TEXT NOT NULL,
    supplier_tax_id TEXT NOT NULL,
    supplier_tax_key TEXT NOT NULL,
    supplier_country TEXT NOT NULL,
    number TEXT NOT NULL,
    issue_date TEXT NOT NULL,
    received_on TEXT NOT NULL,
    operation_date TEXT,
    due_date TEXT,
    currency TEXT NOT NULL DEFAULT 'EUR',
    base_cents INTEGER NOT NULL,
    vat_cents INTEGER NOT NULL,
    surcharge_cents INTEGER NOT NULL,
    irpf_rate TEXT NOT NULL DEFAULT '0',
    irpf_cents INTEGER NOT NULL DEFAULT 0,
    total_cents INTEGER NOT NULL,
    deductible_percent TEXT NOT NULL DEFAULT '100',
    deductible_vat_cents INTEGER NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    is_credit_note INTEGER NOT NULL DEFAULT 0 CHECK (is_credit_note IN (0, 1)),
    corrects TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'received'
        CHECK (status IN ('received', 'accepted', 'rejected', 'paid')),
    status_at TEXT,
    reason TEXT NOT NULL DEFAULT '',
    paid_on TEXT,
    source TEXT NOT NULL CHECK (source IN ('typed', 'ubl', 'facturae', 'facturx', 'cii')),
    findings TEXT NOT NULL DEFAULT '[]',  -- JSON array: schema errors, EN 16931 rule ids
    signature TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (supplier_tax_key, number)
);
-- The list's order (newest first) and a quarter's rows for the reports, by issue date; by status.
CREATE INDEX ix_expenses_issue_date ON expenses (issue_date, id);
CREATE INDEX ix_expenses_received_on ON expenses (received_on, id);  -- the 303 and the received book
CREATE INDEX ix_expenses_status_date ON expenses (status, issue_date, id);
CREATE INDEX ix_expenses_supplier ON expenses (supplier_id);

CREATE TABLE expense_taxes (
    expense_id TEXT NOT NULL REFERENCES expenses (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    base_cents INTEGER NOT NULL,
    vat_rate TEXT NOT NULL,
    vat_cents INTEGER NOT NULL,
    surcharge_rate TEXT NOT NULL DEFAULT '0',
    surcharge_cents INTEGER NOT NULL DEFAULT 0,
    category TEXT NOT NULL DEFAULT '',
    exemption_reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (expense_id, position)
);

CREATE TABLE expense_attachments (
    id TEXT PRIMARY KEY,
    expense_id TEXT NOT NULL REFERENCES expenses (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
    size INTEGER NOT NULL,
    content BLOB NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX ix_expense_attachments_expense ON expense_attachments (expense_id);

-- Every status the supplier was told (accepted / rejected / paid), with the real UTC time it was
-- recorded: the ApplicationResponse and the four-day deadline read them.
CREATE TABLE expense_status_events (
    id TEXT PRIMARY KEY,
    expense_id TEXT NOT NULL REFERENCES expenses (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('accepted', 'rejected', 'paid')),
    on_date TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_expense_status_events_expense ON expense_status_events (expense_id, recorded_at);
