"""A file too big for the full page check at open (only its schema is read, for speed) has its
pages checked before the first write: a damaged one is refused as damaged and its bytes are never
written to (#17). The size limit is lowered so a small real file stands for a big one."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from facturas_app.domain.errors import CorruptDatabase
from facturas_app.storage.sqlite import database
from facturas_app.storage.sqlite.files import DB_FILENAME
from facturas_app.storage.sqlite.store import SqliteStore
from tests.cli.cli_helpers import seed_in_process


def _damaged_books(data_dir: Path) -> Path:
    seed_in_process(data_dir, issue=3)
    db = data_dir / DB_FILENAME
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = bytearray(db.read_bytes())
    page_size = int.from_bytes(pages[16:18], "big")
    last = len(pages) // page_size - 1  # a data page far from the schema
    pages[last * page_size + 8 : last * page_size + 40] = bytes(32)
    db.write_bytes(bytes(pages))
    return db


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_big_damaged_file_is_refused_at_the_first_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _damaged_books(tmp_path)
    before = _sha(db)
    monkeypatch.setattr(database, "FULL_CHECK_AT_OPEN_MAX_BYTES", 0)
    store = SqliteStore(db)  # only the schema is read: the damage is not seen yet
    try:
        with pytest.raises(CorruptDatabase), store.write() as tx:
            tx.set_setting("probe", True)
    finally:
        store.close()
    assert _sha(db) == before


def test_a_big_sound_file_is_checked_once_then_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_in_process(tmp_path, issue=1)
    monkeypatch.setattr(database, "FULL_CHECK_AT_OPEN_MAX_BYTES", 0)
    checks: list[int] = []
    original = database.quick_check
    monkeypatch.setattr(database, "quick_check", lambda engine: (checks.append(1), original(engine))[1])
    store = SqliteStore(tmp_path / DB_FILENAME)
    try:
        for n in range(3):
            with store.write() as tx:
                tx.set_setting("probe", n)
        with store.read() as tx:
            assert tx.get_setting("probe", None) == 2
    finally:
        store.close()
    assert checks == [1]  # before the first write only
