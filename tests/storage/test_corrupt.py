"""Damaged databases are detected at open, never modified, and explained without a traceback."""

from __future__ import annotations

import contextlib
import io
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from facturas_app.bootstrap import build_services
from facturas_app.cli.main import run
from facturas_app.domain.errors import CorruptDatabase
from facturas_app.messages import error_text
from facturas_app.storage.sqlite.database import DB_FILENAME
from tests.fakes import FixedClock
from tests.storage.safety_helpers import TODAY, issue_one, seed, sha256

PAGE = 4096


def _random_middle_pages(db: Path) -> None:
    data = bytearray(db.read_bytes())
    pages = len(data) // PAGE
    rng = random.Random(7)
    for page in range(2, pages - 1):  # keep the header page: the damage is inside
        start = page * PAGE + rng.randrange(0, PAGE // 2)
        data[start : start + PAGE // 4] = rng.randbytes(PAGE // 4)
    db.write_bytes(bytes(data))


def _truncate(db: Path) -> None:
    db.write_bytes(db.read_bytes()[: db.stat().st_size // 2 + 100])


def _zero_bytes(db: Path) -> None:
    db.write_bytes(b"")


def _not_sqlite(db: Path) -> None:
    db.write_bytes(b"%PDF-1.7\n" + os.urandom(20_000))


DAMAGE: dict[str, Callable[[Path], None]] = {
    "corrupt": _random_middle_pages,
    "truncated": _truncate,
    "empty": _zero_bytes,
    "not_sqlite": _not_sqlite,
}
EXPECTED_CODE = {
    "corrupt": "corrupt_database",
    "truncated": "truncated_database",
    "empty": "not_a_database",
    "not_sqlite": "not_a_database",
}


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("healthy")
    seed(folder)
    services = build_services(folder, clock=FixedClock(TODAY))
    try:
        for _ in range(40):  # enough pages to damage the middle ones
            issue_one(services)
        services.backup.backup_now()
    finally:
        services.close()
    return folder


def _damaged_copy(healthy: Path, tmp_path: Path, damage: str) -> Path:
    folder = tmp_path / damage
    folder.mkdir()
    (folder / DB_FILENAME).write_bytes((healthy / DB_FILENAME).read_bytes())
    (folder / "backups").mkdir()
    for backup in (healthy / "backups").iterdir():
        (folder / "backups" / backup.name).write_bytes(backup.read_bytes())
    DAMAGE[damage](folder / DB_FILENAME)
    return folder


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damaged_file_is_detected_at_open_and_left_unchanged(
    healthy: Path, tmp_path: Path, damage: str
) -> None:
    folder = _damaged_copy(healthy, tmp_path, damage)
    db = folder / DB_FILENAME
    before = sha256(db)
    with pytest.raises(CorruptDatabase) as caught:
        build_services(folder, clock=FixedClock(TODAY))
    assert caught.value.code == EXPECTED_CODE[damage]
    assert "Restaure la última copia" in error_text(caught.value, "es")
    assert sha256(db) == before


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_cli_explains_damage_and_restore_recovers(healthy: Path, tmp_path: Path, damage: str) -> None:
    folder = _damaged_copy(healthy, tmp_path, damage)
    db = folder / DB_FILENAME
    before = sha256(db)
    listing = _cli(folder, "invoice", "list", "--json")
    assert listing.returncode == 1
    assert "Traceback" not in listing.stderr and "Restaure la última copia" in listing.stderr
    assert sha256(db) == before
    backup = next((folder / "backups").iterdir())
    restored = _cli(folder, "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    damaged_copies = [p for p in (folder / "backups").iterdir() if p.suffix == ".damaged"]
    assert [sha256(p) for p in damaged_copies] == [before]  # the damaged bytes are kept, not lost
    listing = _cli(folder, "invoice", "list", "--json")
    assert listing.returncode == 0 and listing.stdout.count('"number": "F-2026-') == 40


def test_recovery_hint_names_the_latest_good_backup(healthy: Path, tmp_path: Path) -> None:
    from facturas_app.cli.commands_data import recovery_hint

    folder = _damaged_copy(healthy, tmp_path, "corrupt")
    hint = recovery_hint(folder)
    backup = next((folder / "backups").iterdir())
    assert str(backup) in hint and "facturas restore" in hint


@dataclass
class Outcome:
    returncode: int
    stdout: str
    stderr: str


def _cli(folder: Path, *args: str) -> Outcome:
    """The real CLI entry point, in-process (the kill tests cover separate processes)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(["--data-dir", str(folder), *args])
    return Outcome(code, out.getvalue(), err.getvalue())
