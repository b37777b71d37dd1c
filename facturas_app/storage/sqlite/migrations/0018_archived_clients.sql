-- Archived clients (issue #18). A client with documents cannot be deleted — its invoices point at
-- it, and 0015 refuses it for issued ones — so the user archives it instead: hidden from pickers
-- and lists (services/parties.py), while its invoices keep showing it and issued ones keep the
-- snapshot they were issued with. Products have had the same flag since 0001 (`active`).
ALTER TABLE clients ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));
-- Whether a product or client may be deleted is asked as the user moves through the Products and
-- Clients views (storage/sqlite/repo_archive.py): by index, not by reading every line or email.
CREATE INDEX ix_invoice_lines_product ON invoice_lines (product_id) WHERE product_id IS NOT NULL;
CREATE INDEX ix_outbox_client ON outbox (client_id) WHERE client_id IS NOT NULL;
