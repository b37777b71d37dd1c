"""Migration 0021 (the outbox's error code, issue #18) on books an older app left, written with raw
SQL: a failed email stored before the codes keeps its words, gets no code, and still reads (and is
listed by the CLI with the same keys, `error_code` added as null)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from facturas_app.bootstrap import build_services
from facturas_app.cli.commands_mail import outbox_json
from facturas_app.messages_outbox import outbox_error_text
from facturas_app.storage.sqlite import database
from facturas_app.storage.sqlite.files import DB_FILENAME
from facturas_app.storage.sqlite.search_sql import register_fold
from tests.fakes import FixedClock

OLD_WORDS = "Recipient ana@example.test refused: 550 5.1.1 User unknown"
CLI_KEYS = ["id", "message_id", "state", "to", "subject", "invoice_number", "error"]


def database_at_20_with_a_failed_email(path: Path) -> None:
    raw = sqlite3.connect(path, isolation_level=None)
    register_fold(raw)  # 0017 folds the search texts with the app's own function
    try:
        for version, script in database.migration_scripts():
            if version <= 20:
                for statement in database.split_statements(script):
                    raw.execute(statement)
        raw.execute("PRAGMA user_version = 20")
        raw.execute(
            'INSERT INTO outbox (id, message_id, state, kind, "to", subject, attempts, last_error,'
            " created_at, raw_message) VALUES ('old', '<old@example.test>', 'failed', 'test',"
            " 'ana@example.test', 'Prueba', 1, ?, '2026-11-20T09:00:00+00:00', x'00')",
            (OLD_WORDS,),
        )
    finally:
        raw.close()


def test_0021_adds_the_code_and_old_rows_keep_their_words(tmp_path: Path) -> None:
    database_at_20_with_a_failed_email(tmp_path / DB_FILENAME)
    services = build_services(tmp_path, clock=FixedClock(dt.date(2026, 11, 26)))
    try:
        assert 21 in services.store.applied_migrations  # type: ignore[attr-defined]
        (entry,) = services.outbox.list()
    finally:
        services.close()
    assert (entry.state, entry.last_error, entry.error_code) == ("failed", OLD_WORDS, "")
    assert outbox_error_text(entry, "es") == OLD_WORDS == outbox_error_text(entry, "en")
    shown = outbox_json(entry)
    assert list(shown)[: len(CLI_KEYS)] == CLI_KEYS  # CLI.md's keys, first and unchanged
    assert shown["error"] == OLD_WORDS and shown["error_code"] is None
    with sqlite3.connect(tmp_path / DB_FILENAME) as raw:
        columns = {row[1]: row[4] for row in raw.execute("PRAGMA table_info(outbox)")}
    assert columns["error_code"] == "''"
