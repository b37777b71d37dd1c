"""Bank statements read and matched to invoices (#19): Norma 43 and CAMT.053 files become
movements (statement.py), stored once each (a movement imported before is skipped), and credits are
matched to open invoices by the rules in CLI.md (matching.py); a match records the payment through
the normal payment path, so its receipt and the dashboard follow."""
