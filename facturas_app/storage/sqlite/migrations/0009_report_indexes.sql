-- Reports at 100,000 invoices in well under a second (issue #11): the sales book and the period sums
-- are index walks that read no table rows.
--
-- Every invoice column a report reads, for issued invoices only (the reports' own condition, so drafts
-- stay out of it). Keyed by issue date, then series/year/seq: the book's order, so the year's book comes
-- out of the index already sorted. The client's tax id and country are indexed expressions of the
-- immutable snapshot: SQLite reads them from the index instead of parsing each invoice's JSON again.
CREATE INDEX ix_invoices_reports ON invoices (
    doc_type, issue_date, series, year, seq, status, number, kind, rectifies_id, rectification_kind,
    client_id, client_name, json_extract(client_snapshot, '$.tax_id'), json_extract(client_snapshot, '$.country'),
    base_cents, vat_cents, surcharge_cents, irpf_cents, total_cents, id
) WHERE number IS NOT NULL;
-- An invoice's stored tax groups, in position order, without visiting the table.
CREATE INDEX ix_invoice_taxes_reports ON invoice_taxes (
    invoice_id, position, exemption, vat_rate, surcharge_rate, base_cents, vat_cents, surcharge_cents
);
