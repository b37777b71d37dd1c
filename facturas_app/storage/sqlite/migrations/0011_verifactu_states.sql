-- VERI*FACTU sending states: "accepted with errors" stands apart from "accepted" (AEAT holds the
-- record but asks for a subsanación), and "in_doubt" marks records a send left without an answer
-- (timeout, or AEAT said "duplicate") until AEAT is asked. SQLite cannot change a CHECK: rebuild.
CREATE TABLE verifactu_submissions_new (
    record_id TEXT PRIMARY KEY REFERENCES verifactu_records (id),
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'in_doubt', 'accepted', 'accepted_with_errors', 'rejected')),
    aeat_status TEXT NOT NULL DEFAULT '',     -- EstadoRegistro: Correcto, AceptadoConErrores, Incorrecto
    error_code INTEGER,
    error_description TEXT NOT NULL DEFAULT '',
    csv TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_attempt_at TEXT
);
INSERT INTO verifactu_submissions_new
    SELECT record_id,
           CASE WHEN state = 'accepted' AND aeat_status = 'AceptadoConErrores'
                THEN 'accepted_with_errors' ELSE state END,
           aeat_status, error_code, error_description, csv, attempts, last_attempt_at
    FROM verifactu_submissions;
DROP TABLE verifactu_submissions;
ALTER TABLE verifactu_submissions_new RENAME TO verifactu_submissions;
CREATE INDEX ix_verifactu_submissions_state ON verifactu_submissions (state);
