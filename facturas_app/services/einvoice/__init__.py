"""Electronic invoices (#20): UBL 2.1 / EN 16931 and Facturae 3.2.2 (signed XAdES-EPES), built from
the printed document's model (services/pdf/model.InvoiceDocument), so every amount comes from the
one totals engine."""
