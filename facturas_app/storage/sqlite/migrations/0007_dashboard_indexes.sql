-- Dashboard figures at 100,000 invoices in under 100 ms each (issue #6): covering indexes so the
-- revenue sums read no table rows. Issued, non-cancelled invoices are `status NOT IN ('draft',
-- 'cancelled')` (the CHECK on invoices ties a number to every non-draft status), so status stands in
-- for number here.

-- Revenue per month and what was billed in the last 90 days: a range of issue dates.
CREATE INDEX ix_invoices_dashboard_date ON invoices (doc_type, issue_date, status, base_cents, amount_due_cents);
-- Top clients: one pass in client order, summed per client without a temporary sort.
CREATE INDEX ix_invoices_dashboard_client ON invoices (doc_type, client_id, issue_date, status, base_cents);
