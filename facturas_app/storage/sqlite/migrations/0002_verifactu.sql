-- VERI*FACTU billing records (RegistroAlta / RegistroAnulacion): one hash chain per issuer NIF.
-- Records are append-only: the database itself refuses UPDATE and DELETE. What changes over time
-- (the sending state) lives in verifactu_submissions, one row per record.
CREATE TABLE verifactu_records (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,              -- global order of generation, 1, 2, 3...
    issuer_nif TEXT NOT NULL,
    chain_seq INTEGER NOT NULL,               -- position in the issuer's chain, 1, 2, 3...
    record_type TEXT NOT NULL CHECK (record_type IN ('alta', 'anulacion')),
    invoice_id TEXT REFERENCES invoices (id),
    number TEXT NOT NULL,
    issue_date TEXT NOT NULL,
    generated_at TEXT NOT NULL,
    huella TEXT NOT NULL CHECK (length(huella) = 64),
    previous_huella TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL,                    -- JSON: every field of the record, to rebuild it exactly
    UNIQUE (issuer_nif, chain_seq)            -- two records can never claim the same place: no fork
);
CREATE INDEX ix_verifactu_records_invoice ON verifactu_records (invoice_id);

-- The chain only grows at its end, and each record links to the huella of the one before it.
CREATE TRIGGER tr_verifactu_records_chain
BEFORE INSERT ON verifactu_records
WHEN NEW.chain_seq IS NOT (
        SELECT COALESCE(MAX(chain_seq), 0) + 1 FROM verifactu_records WHERE issuer_nif = NEW.issuer_nif)
    OR NEW.previous_huella IS NOT COALESCE((
        SELECT huella FROM verifactu_records
        WHERE issuer_nif = NEW.issuer_nif AND chain_seq = NEW.chain_seq - 1), '')
BEGIN
    SELECT RAISE(ABORT, 'verifactu record does not continue its chain');
END;

CREATE TRIGGER tr_verifactu_records_no_update
BEFORE UPDATE ON verifactu_records
BEGIN
    SELECT RAISE(ABORT, 'verifactu records are append-only');
END;

CREATE TRIGGER tr_verifactu_records_no_delete
BEFORE DELETE ON verifactu_records
BEGIN
    SELECT RAISE(ABORT, 'verifactu records are append-only');
END;

CREATE TABLE verifactu_submissions (
    record_id TEXT PRIMARY KEY REFERENCES verifactu_records (id),
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'rejected')),
    aeat_status TEXT NOT NULL DEFAULT '',     -- EstadoRegistro: Correcto, AceptadoConErrores, Incorrecto
    error_code INTEGER,
    error_description TEXT NOT NULL DEFAULT '',
    csv TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_attempt_at TEXT
);
CREATE INDEX ix_verifactu_submissions_state ON verifactu_submissions (state);
