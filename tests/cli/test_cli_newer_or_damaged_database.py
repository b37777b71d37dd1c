"""A database from a newer Facturas, or a damaged one, is read at most and never changed (issue #17:
opening one modified the file and accepted a write). Real CLI processes; the file is hashed."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from tests.cli.cli_helpers import CLIENT, DB_FILENAME, run_cli, seed_in_process


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _folder_state(data_dir: Path) -> tuple[str, list[str]]:
    """The database's bytes and every file in the data folder (no -wal, -shm or backup appears)."""
    names = sorted(str(p.relative_to(data_dir)) for p in data_dir.rglob("*"))
    return _sha(data_dir / DB_FILENAME), names


def _client_file(tmp_path: Path) -> Path:
    path = tmp_path / "client.json"
    path.write_text(json.dumps({**CLIENT, "name": "Otra S.L.", "tax_id": "B12345674"}), encoding="utf-8")
    return path


def _books(data_dir: Path, user_version: int | None = None) -> None:
    seed_in_process(data_dir, issue=2)
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        if user_version is not None:
            conn.execute(f"PRAGMA user_version = {user_version}")
    finally:
        conn.close()
    assert not (data_dir / f"{DB_FILENAME}-wal").exists()


def test_a_newer_database_is_read_but_never_written(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    _books(data_dir, user_version=999)
    client = _client_file(tmp_path)
    before = _folder_state(data_dir)
    listed = run_cli(data_dir, "invoice", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert {row["number"] for row in json.loads(listed.stdout)} == {"F-2026-0001", "F-2026-0002"}
    assert _folder_state(data_dir) == before
    added = run_cli(data_dir, "client", "add", str(client))
    assert added.returncode == 2, (added.stdout, added.stderr)
    assert "versión más nueva" in added.stderr and "999" in added.stderr
    assert "Traceback" not in added.stderr and added.stdout == ""
    issued = run_cli(data_dir, "--lang", "en", "invoice", "cancel", "F-2026-0001", "--reason", "x")
    assert issued.returncode == 2 and "newer Facturas" in issued.stderr, issued.stderr
    assert _folder_state(data_dir) == before


def test_a_damaged_database_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    _books(data_dir)
    db = data_dir / DB_FILENAME
    damaged = bytearray(db.read_bytes())
    page_size = int.from_bytes(damaged[16:18], "big")
    damaged[2 * page_size + 8 : 2 * page_size + 40] = bytes(32)  # page 3's cell pointers
    db.write_bytes(bytes(damaged))
    check = sqlite3.connect(db)
    assert check.execute("PRAGMA quick_check").fetchone()[0] != "ok"
    check.close()
    before = _folder_state(data_dir)
    for args in (("invoice", "list"), ("client", "add", str(_client_file(tmp_path)))):
        result = run_cli(data_dir, *args)
        assert result.returncode != 0 and "dañada" in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr
        assert _folder_state(data_dir) == before


def test_a_damaged_rollback_journal_database_is_checked_before_anything_can_write(tmp_path: Path) -> None:
    """A file in rollback-journal mode (copied from elsewhere, or an old backup) would be switched to
    WAL by the first read-write connection — a write to its header — before any check ran."""
    data_dir = tmp_path / "data"
    _books(data_dir)
    db = data_dir / DB_FILENAME
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    damaged = bytearray(db.read_bytes())
    assert damaged[18:20] == b"\x01\x01"  # the header says rollback journal
    page_size = int.from_bytes(damaged[16:18], "big")
    damaged[2 * page_size + 8 : 2 * page_size + 40] = bytes(32)
    db.write_bytes(bytes(damaged))
    before = _folder_state(data_dir)
    for args in (("invoice", "list"), ("client", "add", str(_client_file(tmp_path)))):
        result = run_cli(data_dir, *args)
        assert result.returncode != 0 and "dañada" in result.stderr, (args, result.stderr)
        assert _folder_state(data_dir) == before, args
