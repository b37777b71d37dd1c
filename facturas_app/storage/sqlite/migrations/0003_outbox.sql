-- The outbox: every email is a row BEFORE it is sent, with the exact bytes that go on the wire,
-- so a retry sends the same message with the same Message-ID (receivers can de-duplicate).
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    message_id TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL DEFAULT 'queued'
        CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'unknown', 'cancelled')),
    kind TEXT NOT NULL
        CHECK (kind IN ('invoice', 'quote', 'reminder', 'receipt', 'feedback', 'test')),
    stage TEXT NOT NULL DEFAULT '',          -- reminder stage ('due', 'overdue_7', ...), else ''
    "to" TEXT NOT NULL,                      -- comma-separated addresses, as in the To header
    cc TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL,
    invoice_id TEXT REFERENCES invoices (id),
    client_id TEXT REFERENCES clients (id),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TEXT,                    -- queued rows: when they are due; otherwise NULL
    last_attempt_at TEXT,                    -- when the last attempt started (stale 'sending' rows)
    last_error TEXT NOT NULL DEFAULT '',     -- the server's own words
    created_at TEXT NOT NULL,
    sent_at TEXT,
    raw_message BLOB NOT NULL,               -- RFC 5322 bytes, Bcc header included
    CHECK (state <> 'sent' OR sent_at IS NOT NULL)
);
CREATE INDEX ix_outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX ix_outbox_invoice ON outbox (invoice_id);
CREATE INDEX ix_outbox_created ON outbox (created_at);

-- A sent message is history: it may never go back to another state or change its bytes.
CREATE TRIGGER tr_outbox_sent_is_final
BEFORE UPDATE ON outbox
WHEN OLD.state = 'sent' AND (NEW.state IS NOT 'sent' OR NEW.raw_message IS NOT OLD.raw_message
                             OR NEW.message_id IS NOT OLD.message_id)
BEGIN
    SELECT RAISE(ABORT, 'outbox: a sent message is final');
END;

CREATE TRIGGER tr_outbox_bytes_immutable
BEFORE UPDATE ON outbox
WHEN NEW.raw_message IS NOT OLD.raw_message OR NEW.message_id IS NOT OLD.message_id
BEGIN
    SELECT RAISE(ABORT, 'outbox: the message bytes never change once queued');
END;
