-- SEPA direct debits (issue #19 part 3): the business's creditor identifier and agreed
-- pre-notification, a mandate per client, and the remittances (pain.008 files) with the invoices
-- each one collects. The partial UNIQUE index is the guarantee that an invoice is in at most one
-- remittance at a time: only a returned debit (returned_at set) frees it for a new one.
ALTER TABLE business ADD COLUMN sepa_creditor_id TEXT NOT NULL DEFAULT '';
ALTER TABLE business ADD COLUMN sepa_prenotice_days INTEGER NOT NULL DEFAULT 2;

CREATE TABLE sepa_mandates (
    client_id TEXT PRIMARY KEY REFERENCES clients (id),
    mandate_id TEXT NOT NULL UNIQUE,
    iban TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    scheme TEXT NOT NULL CHECK (scheme IN ('CORE', 'B2B')),
    -- the collection date of the first remittance that used it: NULL means the next one is FRST
    first_collection TEXT,
    updated_at TEXT NOT NULL
);

CREATE TABLE sepa_remittances (
    id TEXT PRIMARY KEY,
    message_id TEXT NOT NULL UNIQUE,
    file_name TEXT NOT NULL,
    collection_date TEXT NOT NULL,
    scheme TEXT NOT NULL CHECK (scheme IN ('CORE', 'B2B')),
    count INTEGER NOT NULL,
    total_cents INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE sepa_remittance_items (
    remittance_id TEXT NOT NULL REFERENCES sepa_remittances (id),
    invoice_id TEXT NOT NULL REFERENCES invoices (id),
    client_id TEXT NOT NULL REFERENCES clients (id),
    mandate_id TEXT NOT NULL,
    sequence_type TEXT NOT NULL CHECK (sequence_type IN ('FRST', 'RCUR')),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    end_to_end_id TEXT NOT NULL,
    returned_at TEXT,
    return_reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (remittance_id, invoice_id)
);
CREATE UNIQUE INDEX ux_sepa_items_live_invoice ON sepa_remittance_items (invoice_id)
    WHERE returned_at IS NULL;
CREATE INDEX ix_sepa_items_mandate ON sepa_remittance_items (mandate_id);
