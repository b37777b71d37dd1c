-- Archived clients (issue #18). A client with documents cannot be deleted — its invoices point at
-- it, and 0015 refuses it for issued ones — so the user archives it instead: hidden from pickers
-- and lists (services/parties.py), while its invoices keep showing it and issued ones keep the
-- snapshot they were issued with. Products have had the same flag since 0001 (`active`).
ALTER TABLE clients ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));
