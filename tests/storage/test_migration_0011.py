"""Migration 0011: VERI*FACTU submissions get the states 'accepted_with_errors' and 'in_doubt'.
A database left at 0010 keeps every submission; one AEAT accepted with errors (stored as 'accepted'
with EstadoRegistro AceptadoConErrores before) now says so."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facturas_app.storage.sqlite import database

SUBMISSIONS = [
    ("r1", "accepted", "Correcto", None),
    ("r2", "accepted", "AceptadoConErrores", 2004),
    ("r3", "rejected", "Incorrecto", 1100),
    ("r4", "pending", "", None),
]


def _database_at(path: Path, version: int) -> sqlite3.Connection:
    raw = sqlite3.connect(path, isolation_level=None)
    for number, script in database.migration_scripts():
        if number > version:
            break
        for statement in database.split_statements(script):
            raw.execute(statement)
    return raw


def test_states_are_kept_and_accepted_with_errors_stands_apart(tmp_path: Path) -> None:
    raw = _database_at(tmp_path / "db.sqlite", 10)
    raw.execute("PRAGMA foreign_keys = OFF")  # submissions without records: only the states matter here
    for record_id, state, status, code in SUBMISSIONS:
        raw.execute(
            "INSERT INTO verifactu_submissions (record_id, state, aeat_status, error_code)"
            " VALUES (?, ?, ?, ?)",
            (record_id, state, status, code),
        )
    script = dict(database.migration_scripts())[11]
    for statement in database.split_statements(script):
        raw.execute(statement)
    rows = raw.execute("SELECT record_id, state FROM verifactu_submissions ORDER BY record_id").fetchall()
    assert rows == [("r1", "accepted"), ("r2", "accepted_with_errors"), ("r3", "rejected"), ("r4", "pending")]
    raw.execute("UPDATE verifactu_submissions SET state = 'in_doubt' WHERE record_id = 'r4'")
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute("UPDATE verifactu_submissions SET state = 'sent' WHERE record_id = 'r4'")
    raw.close()
