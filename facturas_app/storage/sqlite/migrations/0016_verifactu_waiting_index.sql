-- The dashboard warns of records waiting over an hour for AEAT (services/verifactu/status.py).
-- Counting them by the record's generation time meant one lookup into the wide records table per
-- waiting record (1.2 s with 100,000 never sent); a copy of that time beside the sending state makes
-- it one range of one index. The copy is written with the submission (repo_verifactu) and is only
-- ever read for that warning: the record itself stays the authority.
ALTER TABLE verifactu_submissions ADD COLUMN generated_at TEXT;
UPDATE verifactu_submissions
SET generated_at = (SELECT r.generated_at FROM verifactu_records r WHERE r.id = record_id);
CREATE INDEX ix_verifactu_submissions_waiting ON verifactu_submissions (state, generated_at);
-- Each invoice's latest record (the list's VERI*FACTU column, the rejected count) from the index alone.
CREATE INDEX ix_verifactu_records_invoice_seq ON verifactu_records (invoice_id, seq);
DROP INDEX ix_verifactu_records_invoice;
