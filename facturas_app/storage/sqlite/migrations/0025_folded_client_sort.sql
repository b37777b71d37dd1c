-- Lists in name order fold case and accents as their search does (issue #18): "Álvarez" sorts with
-- the A's, not after "Zamora" (domain/folding.py, the one rule; Ñ folds to N). Each list sorts by
-- an index, so the folded name is stored beside the name (written by storage/sqlite/mappers.py
-- from now on, filled here by `fold`, the app's own function): the clients' and products' name
-- order, and the invoice list's client order, whose index is rebuilt on it (a page at 100,000
-- invoices stays one index walk). An invoice's client_sort is only a sort key derived from its
-- issued, locked client_name: writing it once here changes nothing an issued invoice says. No
-- trigger, default or index uses `fold` (the sqlite3 shell can still read and write the books).
ALTER TABLE clients ADD COLUMN name_sort TEXT NOT NULL DEFAULT '';
UPDATE clients SET name_sort = fold(name);
CREATE INDEX ix_clients_name_sort ON clients (name_sort, name, id);
ALTER TABLE products ADD COLUMN name_sort TEXT NOT NULL DEFAULT '';
UPDATE products SET name_sort = fold(name);
CREATE INDEX ix_products_name_sort ON products (name_sort, name, id);
ALTER TABLE invoices ADD COLUMN client_sort TEXT NOT NULL DEFAULT '';
UPDATE invoices SET client_sort = fold(client_name);
DROP INDEX ix_invoices_sort_client;
CREATE INDEX ix_invoices_sort_client ON invoices (doc_type, client_sort, search_key);
