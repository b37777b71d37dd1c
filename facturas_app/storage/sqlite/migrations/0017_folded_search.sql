-- Search that ignores case and accents, and finds an invoice by its lines (issue #18).
-- Every stored search text becomes folded (domain/folding.py: "Sánchez" -> "sanchez") by the
-- SQL function `fold`, which is that same Python function registered on the app's connections
-- (storage/sqlite/search_sql.py; this migration runs only through them). Each text is what
-- storage/sqlite/mappers.py writes from now on: the non-empty pieces, one space apart, folded.
-- No index, trigger or default uses `fold`: the sqlite3 shell can still read and write the books.

-- Products get the stored text clients have had since 0001: name and code.
ALTER TABLE products ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
UPDATE products SET search_text = fold(
    (SELECT group_concat(piece, ' ') FROM (SELECT name AS piece UNION ALL SELECT code) WHERE piece <> ''));
UPDATE clients SET search_text = fold(
    (SELECT group_concat(piece, ' ') FROM (
        SELECT name AS piece UNION ALL SELECT tax_id UNION ALL SELECT email UNION ALL SELECT city)
     WHERE piece <> ''));

-- An invoice's text: number, the client's name and tax id as issued, every line's description in
-- order, the notes' first 200 characters. An issued invoice's search text is locked with the row
-- (0015's tr_invoices_issued_state); it is rewritten here with that trigger set aside for this one
-- statement, then put back word for word (as 0010 and 0012 did with 0001's trigger): the pieces
-- it is made of are the issued, locked ones, so the text says nothing the invoice did not.
-- The full-text index is rebuilt whole afterwards (one insert, not 100,000 delete-and-inserts).
DROP TRIGGER tr_invoices_issued_state;
DROP TRIGGER tr_invoice_search_update;
UPDATE invoices SET search_text = fold(coalesce((SELECT group_concat(piece, ' ') FROM (
    SELECT 0 AS part, 0 AS position, coalesce(invoices.number, '') AS piece
    UNION ALL SELECT 1, 0, invoices.client_name
    UNION ALL SELECT 2, 0, invoices.client_tax_id
    UNION ALL SELECT 3, l.position, l.description FROM invoice_lines l WHERE l.invoice_id = invoices.id
    UNION ALL SELECT 4, 0, substr(invoices.notes, 1, 200)
    ORDER BY part, position) WHERE piece <> ''), ''));
DROP TABLE invoice_search;
CREATE VIRTUAL TABLE invoice_search USING fts5(search_text, tokenize = 'trigram');
INSERT INTO invoice_search (rowid, search_text) SELECT search_key, search_text FROM invoices;
CREATE TRIGGER tr_invoice_search_update AFTER UPDATE OF search_text ON invoices
BEGIN
    DELETE FROM invoice_search WHERE rowid = OLD.search_key;
    INSERT INTO invoice_search (rowid, search_text) VALUES (NEW.search_key, NEW.search_text);
END;
CREATE TRIGGER tr_invoices_issued_state BEFORE UPDATE ON invoices
WHEN OLD.number IS NOT NULL AND (
    NEW.client_name IS NOT OLD.client_name OR NEW.valid_until IS NOT OLD.valid_until
    OR NEW.template IS NOT OLD.template OR NEW.created_at IS NOT OLD.created_at
    OR NEW.issued_at IS NOT OLD.issued_at OR NEW.search_text IS NOT OLD.search_text
    OR (OLD.sent_at IS NOT NULL AND NEW.sent_at IS NOT OLD.sent_at)
    OR (OLD.status = 'cancelled' AND (NEW.cancelled_at IS NOT OLD.cancelled_at
                                      OR NEW.cancel_reason IS NOT OLD.cancel_reason))
    OR (OLD.status IS NOT 'cancelled' AND NEW.status = 'cancelled'
        AND (NEW.cancelled_at IS NULL OR trim(NEW.cancel_reason) = ''))
    OR (NEW.status IS NOT 'cancelled' AND (NEW.cancelled_at IS NOT OLD.cancelled_at
                                           OR NEW.cancel_reason IS NOT OLD.cancel_reason))
)
BEGIN SELECT RAISE(ABORT, 'issued invoice is immutable'); END;
