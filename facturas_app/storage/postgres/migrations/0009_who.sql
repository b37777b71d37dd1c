-- Who did what (#22): every event of the timeline (issued, paid, sent, reminded, noted …) records
-- the database role that wrote it. The roles are the office's people (docs/office-mode.md: one
-- login role each, no passwords of the app's own); session_user is the role that logged in, which
-- a SET ROLE cannot change, and the app never writes the column itself.
ALTER TABLE events ADD COLUMN done_by text NOT NULL DEFAULT session_user;
ALTER TABLE payments ADD COLUMN recorded_by text NOT NULL DEFAULT session_user;
