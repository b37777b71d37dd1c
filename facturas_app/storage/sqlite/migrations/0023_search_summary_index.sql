-- The count and totals of a text search in the invoice list (issue #18) from its matches alone.
-- The full-text index gives the matches by search_key; without this index the summary walked all
-- 100,000 entries of ix_invoices_money and looked each up among the matches (64 ms for the 18,000
-- invoices with 'logotipo', 18 ms for a text found nowhere). Keyed by search_key, with every column
-- the list's filters and totals read (invoice_list_sql.where_sql, summary_sql), each match is one
-- lookup in it and no row of the wide invoices table is read. ~9 MB and ~1 s at 100,000 invoices.
CREATE INDEX ix_invoices_search_money ON invoices (
    search_key, doc_type, status, due_date, total_cents, amount_due_cents, debt_change_cents,
    paid_cents, client_id, issue_date
);
