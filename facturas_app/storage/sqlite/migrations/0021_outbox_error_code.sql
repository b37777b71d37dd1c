-- Why an email did not go out, as a stable code beside the server's words (issue #18). The window
-- once read «El servidor dijo: Connected and authenticated.»: `last_error` keeps the reply as the
-- server wrote it (a detail, and the CLI's "error"), `error_code` is what the user is told, in
-- their language (facturas_app/messages_outbox.py; the codes are services/mail/error_codes.py).
-- Rows written before this have no code ('') and still show their `last_error` as it is.
ALTER TABLE outbox ADD COLUMN error_code TEXT NOT NULL DEFAULT '';
