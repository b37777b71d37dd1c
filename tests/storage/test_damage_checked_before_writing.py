"""A file too big for the full page check at open (only its schema is read, for speed) has its
pages checked before the first write: a damaged one is refused as damaged and its bytes are never
written to (#17) — unless its seal shows this program left it so after a check (storage/sqlite/
seal.py), which spares the 641 MB demo a 20 s check per command. The size limit is lowered so a
small real file stands for a big one."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from pathlib import Path

import pytest

from facturas_app.domain.errors import CorruptDatabase
from facturas_app.storage.sqlite import database, seal
from facturas_app.storage.sqlite.files import DB_FILENAME
from facturas_app.storage.sqlite.store import SqliteStore
from tests.cli.cli_helpers import seed_in_process


def _damaged_books(data_dir: Path) -> Path:
    seed_in_process(data_dir, issue=3)
    db = data_dir / DB_FILENAME
    _damage_last_page(db)
    return db


def _damage_last_page(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = bytearray(db.read_bytes())
    page_size = int.from_bytes(pages[16:18], "big")
    last = len(pages) // page_size - 1  # a data page far from the schema
    pages[last * page_size + 8 : last * page_size + 40] = bytes(32)
    with db.open("r+b") as handle:  # rewritten in place, as a faulty tool or transfer would
        handle.write(bytes(pages))


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


def _counting_checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    checks: list[int] = []
    original = database.quick_check
    monkeypatch.setattr(database, "quick_check", lambda engine: (checks.append(1), original(engine))[1])
    return checks


def _write_once(db: Path, value: object) -> None:
    store = SqliteStore(db)
    try:
        with store.write() as tx:
            tx.set_setting("probe", value)
    finally:
        store.close()


def _after_a_clock_tick(db: Path) -> None:
    """File times advance in coarse ticks: wait for a later one, as any later rewrite would be."""
    sealed = seal.read_seal(db)
    assert sealed is not None
    probe = db.with_name("tick")
    while True:
        probe.write_bytes(b"")
        if probe.stat().st_mtime_ns != sealed["mtime_ns"]:
            break
        time.sleep(0.001)
    probe.unlink()


def test_a_big_sound_file_is_checked_once_then_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_in_process(tmp_path, issue=1)
    monkeypatch.setattr(database, "FULL_CHECK_AT_OPEN_MAX_BYTES", 0)
    checks = _counting_checks(monkeypatch)
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


def test_a_checked_big_file_is_sealed_and_not_read_whole_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_in_process(tmp_path, issue=1)
    db = tmp_path / DB_FILENAME
    monkeypatch.setattr(database, "FULL_CHECK_AT_OPEN_MAX_BYTES", 0)
    checks = _counting_checks(monkeypatch)
    _write_once(db, 1)  # checked before its first write, sealed at close
    assert checks == [1] and seal.matches(db)
    _write_once(db, 2)
    _write_once(db, 3)
    assert checks == [1]  # the seal held: nobody else touched the file
    assert seal.matches(db)  # and it follows this program's own checkpoints


def test_a_sealed_file_rewritten_by_something_else_is_checked_and_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_in_process(tmp_path, issue=3)
    db = tmp_path / DB_FILENAME
    monkeypatch.setattr(database, "FULL_CHECK_AT_OPEN_MAX_BYTES", 0)
    _write_once(db, 1)
    assert seal.matches(db)
    _after_a_clock_tick(db)
    size, inode = db.stat().st_size, db.stat().st_ino
    _damage_last_page(db)  # in place: the same inode and size, only the time tells
    assert (db.stat().st_size, db.stat().st_ino) == (size, inode) and not seal.matches(db)
    before = _sha(db)
    with pytest.raises(CorruptDatabase):
        _write_once(db, 2)
    assert _sha(db) == before


def test_a_file_renamed_over_a_sealed_one_is_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seed_in_process(tmp_path, issue=1)
    db = tmp_path / DB_FILENAME
    monkeypatch.setattr(database, "FULL_CHECK_AT_OPEN_MAX_BYTES", 0)
    _write_once(db, 1)
    replacement = tmp_path / "copy.sqlite3"
    replacement.write_bytes(db.read_bytes())
    os.utime(replacement, ns=(db.stat().st_atime_ns, db.stat().st_mtime_ns))  # even the same time
    os.replace(replacement, db)
    checks = _counting_checks(monkeypatch)
    _write_once(db, 2)
    assert checks == [1]


def test_a_small_file_gets_no_seal(tmp_path: Path) -> None:
    seed_in_process(tmp_path, issue=1)
    _write_once(tmp_path / DB_FILENAME, 1)
    assert not seal.seal_path(tmp_path / DB_FILENAME).exists()
