-- Fast invoice lists at 100,000 rows: a trigram full-text index for substring search, covering
-- indexes for the filtered totals, and one index per sortable column.

-- The full-text row of an invoice is keyed by `search_key`, a stored integer (not the rowid: VACUUM
-- may renumber the rowids of a table without an INTEGER PRIMARY KEY; a stored column never changes).
ALTER TABLE invoices ADD COLUMN search_key INTEGER;
UPDATE invoices SET search_key = rowid;
CREATE UNIQUE INDEX ux_invoices_search_key ON invoices (search_key);

CREATE VIRTUAL TABLE invoice_search USING fts5(search_text, tokenize = 'trigram');
INSERT INTO invoice_search (rowid, search_text) SELECT search_key, search_text FROM invoices;

-- Rows written one by one get their key and full-text row here; rows that arrive with a
-- search_key (the bulk loader) are indexed by their writer in one statement, which is far faster.
CREATE TRIGGER tr_invoice_search_insert AFTER INSERT ON invoices
WHEN NEW.search_key IS NULL
BEGIN
    UPDATE invoices SET search_key = (SELECT coalesce(max(search_key), 0) + 1 FROM invoices) WHERE id = NEW.id;
    INSERT INTO invoice_search (rowid, search_text) SELECT search_key, search_text FROM invoices WHERE id = NEW.id;
END;
CREATE TRIGGER tr_invoice_search_update AFTER UPDATE OF search_text ON invoices
BEGIN
    DELETE FROM invoice_search WHERE rowid = OLD.search_key;
    INSERT INTO invoice_search (rowid, search_text) VALUES (NEW.search_key, NEW.search_text);
END;
CREATE TRIGGER tr_invoice_search_delete AFTER DELETE ON invoices
BEGIN
    DELETE FROM invoice_search WHERE rowid = OLD.search_key;
END;

-- Each index ends with search_key so a text filter is checked inside the index (no table reads
-- for the rows that do not match): a rare word costs a walk of one narrow index, not of the table.
CREATE INDEX ix_invoices_money ON invoices (doc_type, status, due_date, total_cents, amount_due_cents, paid_cents, search_key);
CREATE INDEX ix_invoices_sort_date ON invoices (doc_type, issue_date, search_key);
CREATE INDEX ix_invoices_sort_total ON invoices (doc_type, total_cents, search_key);
CREATE INDEX ix_invoices_sort_due ON invoices (doc_type, due_date, search_key);
CREATE INDEX ix_invoices_sort_client ON invoices (doc_type, client_name, search_key);
CREATE INDEX ix_invoices_sort_number ON invoices (doc_type, number, search_key);
CREATE INDEX ix_invoices_sort_outstanding ON invoices (doc_type, (amount_due_cents - paid_cents), search_key);
DROP INDEX ix_invoices_issue_date;
