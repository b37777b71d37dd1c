-- Bank statements (issue #19): every movement read from a Norma 43 or CAMT.053 file, once. The
-- UNIQUE key is CLI.md's "same account, date, amount and reference", with the movement's
-- occurrence among identical ones in its file (two 50,00 € Bizums on one day are two movements; the
-- same file, or an overlapping one covering whole days, yields the same keys and adds nothing).
-- A match ties a credit to the invoices it pays and the payments it recorded (undone by unmatch).
CREATE TABLE bank_movements (
    id TEXT PRIMARY KEY,
    movement_key TEXT NOT NULL UNIQUE,
    account TEXT NOT NULL,
    booked_on TEXT NOT NULL,
    amount TEXT NOT NULL,
    concept TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    counterparty_name TEXT NOT NULL DEFAULT '',
    counterparty_iban TEXT NOT NULL DEFAULT '',
    bank_code TEXT NOT NULL DEFAULT '',
    end_to_end_id TEXT NOT NULL DEFAULT '',
    return_reason TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state IN ('matched', 'suggested', 'unmatched', 'debit', 'returned')),
    imported_at TEXT NOT NULL
);
CREATE INDEX ix_bank_movements_state_date ON bank_movements (state, booked_on);

CREATE TABLE bank_matches (
    movement_id TEXT NOT NULL REFERENCES bank_movements (id),
    invoice_id TEXT NOT NULL REFERENCES invoices (id),
    amount TEXT NOT NULL,
    payment_id TEXT,  -- NULL while only suggested; the payment recorded once confirmed
    PRIMARY KEY (movement_id, invoice_id)
);
CREATE INDEX ix_bank_matches_invoice ON bank_matches (invoice_id);
