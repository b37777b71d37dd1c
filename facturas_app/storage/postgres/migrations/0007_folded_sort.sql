-- Lists in name order fold case and accents as their search does (SQLite's 0025, issue #18):
-- "Álvarez" and "álamo" sort with the A's, not after "Zamora". The folded name is stored beside the
-- name (the app writes it with domain/folding.fold; rows already here are filled by 0003's fold(),
-- equal to it), so each list is one index walk: clients' and products' name order, and the invoice
-- list's client order, whose index is rebuilt on it. client_sort is only a sort key derived from an
-- issued invoice's client_name, which the guard (0004) leaves writable: filling it changes nothing
-- an issued invoice says. As on SQLite, no trigger, default or index uses fold(). The keys compare
-- by code point (COLLATE "C", SQLite's BINARY): the same order on every server, whatever the
-- database's locale, and the same as the SQLite store's.
ALTER TABLE clients ADD COLUMN name_sort text COLLATE "C" NOT NULL DEFAULT '';
UPDATE clients SET name_sort = fold(name);
CREATE INDEX ix_clients_name_sort ON clients (name_sort, name, id);

ALTER TABLE products ADD COLUMN name_sort text COLLATE "C" NOT NULL DEFAULT '';
UPDATE products SET name_sort = fold(name);
CREATE INDEX ix_products_name_sort ON products (name_sort, name, id);

ALTER TABLE invoices ADD COLUMN client_sort text COLLATE "C" NOT NULL DEFAULT '';
UPDATE invoices SET client_sort = fold(client_name);
DROP INDEX ix_invoices_sort_client;
CREATE INDEX ix_invoices_sort_client ON invoices (doc_type, client_sort, search_key);
