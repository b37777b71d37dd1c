"""A full disk, a read-only place, a lock held too long and real damage are four different messages
(issue #17), during issue, backup and restore: nothing lost, usable once the cause is gone.

Disk full is simulated two ways: SQLite's max_page_count on the app's own connections (always
runs), and a real 2 MB tmpfs through the CLI (needs root to mount; skipped otherwise)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.errors import CorruptDatabase, StorageError
from facturas_app.messages import error_text
from facturas_app.storage.sqlite import database
from facturas_app.storage.sqlite.database import DB_FILENAME
from tests.fakes import FixedClock
from tests.storage.safety_helpers import TODAY, integrity, invariant_problems, issue_one, seed, sha256


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    seed(tmp_path)
    built = build_services(tmp_path, clock=FixedClock(TODAY))
    issue_one(built)
    yield built
    built.close()


def _texts(exc: StorageError) -> tuple[str, str]:
    return error_text(exc, "es"), error_text(exc, "en")


def test_a_full_disk_while_issuing_says_so_loses_nothing_and_issuing_works_after(services: Services) -> None:
    engine = services.store.engine  # type: ignore[attr-defined]

    def full(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")  # not one page more

    event.listen(engine, "connect", full)
    issued = ["F-2026-0001"]
    try:
        with pytest.raises(StorageError) as refused:
            for _ in range(200):  # the first invoice that needs a new page hits the wall
                issued.append(issue_one(services))
    finally:
        event.remove(engine, "connect", full)
    assert refused.value.code == "storage_disk_full" and not isinstance(refused.value, CorruptDatabase)
    spanish, english = _texts(refused.value)
    assert "no queda espacio" in spanish and "Restaure" not in spanish and "do not restore" in english
    db = services.store.path  # type: ignore[attr-defined]
    assert integrity(db) == "ok" and invariant_problems(db) == []
    # Space is back: the next invoice takes the very number the failed one did not.
    assert issue_one(services) == f"F-2026-{len(issued) + 1:04d}"
    assert services.verifactu.verify().intact


def test_a_lock_held_beyond_the_busy_timeout_is_locked_not_damaged(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    db = services.store.path  # type: ignore[attr-defined]
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program's write lock, never released in time
    try:
        with pytest.raises(StorageError) as issuing:
            issue_one(services)
        backup = services.backup.backup_now()  # WAL readers are never blocked: the copy is made
        services.store.close()
        before = sha256(db)
        with pytest.raises(StorageError) as restoring:
            services.backup.restore(backup.path, force=True)
        assert sha256(db) == before
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert issuing.value.code == "storage_locked" and restoring.value.code == "storage_busy_restore"
    assert "otro programa" in _texts(issuing.value)[0] and "Restaure" not in _texts(issuing.value)[0]
    assert integrity(backup.path) == "ok"
    assert issue_one(services) == "F-2026-0002"  # released: usable, no number lost


def test_only_damage_advises_restoring() -> None:
    codes = ["storage_disk_full", "storage_read_only", "storage_locked", "storage_busy_restore"]
    for code in codes:
        assert "Restaure" not in error_text(StorageError(code, detail="x"), "es")
    assert "Restaure" in error_text(CorruptDatabase("corrupt_database", detail="x"), "es")
    assert len({error_text(StorageError(c, detail="x"), "en") for c in codes}) == len(codes)


# ----- a real small disk (root only: mount a 2 MB tmpfs) ------------------------------------------
@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], check=False)
    if done.returncode != 0:
        pytest.skip("tmpfs mount not allowed here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path) -> Path:
    """Write zeros until the disk refuses one more byte."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for block in (65536, 4096, 512, 1):
            while True:
                try:
                    os.write(fd, b"\0" * block)
                except OSError:
                    break
    finally:
        os.close(fd)
    return filler


def test_a_real_full_disk_during_issue_backup_and_restore(small_disk: Path, tmp_path: Path) -> None:
    from tests.cli.cli_helpers import draft_json, ok_json, run_cli, seed_in_process

    data = small_disk / "data"
    client_id, numbers = seed_in_process(data, issue=1)
    outside = tmp_path / "copia.sqlite3"
    assert run_cli(data, "backup", "-o", str(outside)).returncode == 0
    draft = ok_json(data, "invoice", "draft", "-", stdin=draft_json(client_id))["id"]
    filler = _fill(small_disk)
    before = sha256(data / DB_FILENAME)
    results = {
        "issue": run_cli(data, "invoice", "issue", draft),
        "backup": run_cli(data, "backup"),
        "restore": run_cli(data, "restore", str(outside), "--force"),
    }
    for name, result in results.items():
        assert result.returncode != 0, name
        assert "no queda espacio" in result.stderr, (name, result.stderr)
        assert "dañada" not in result.stderr and "Traceback" not in result.stderr, name
    assert sha256(data / DB_FILENAME) == before
    filler.unlink()  # space is back
    assert ok_json(data, "invoice", "issue", draft)["number"] == "F-2026-0002"
    assert run_cli(data, "backup").returncode == 0
    assert run_cli(data, "verifactu", "verify").returncode == 0
    assert numbers == ["F-2026-0001"] and integrity(data / DB_FILENAME) == "ok"
    assert not [p for p in data.rglob(".facturas-tmp-*")]


def test_a_read_only_data_folder_says_so(small_disk: Path, tmp_path: Path) -> None:
    from tests.cli.cli_helpers import draft_json, ok_json, run_cli, seed_in_process

    data = small_disk / "data"
    client_id, _ = seed_in_process(data, issue=1)
    draft = ok_json(data, "invoice", "draft", "-", stdin=draft_json(client_id))["id"]
    outside = tmp_path / "copia.sqlite3"
    assert run_cli(data, "backup", "-o", str(outside)).returncode == 0
    before = sha256(data / DB_FILENAME)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        results = {
            "issue": run_cli(data, "invoice", "issue", draft),
            "backup": run_cli(data, "backup"),
            "restore": run_cli(data, "restore", str(outside), "--force"),
        }
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    for name, result in results.items():
        assert result.returncode != 0, name
        assert "no se puede escribir" in result.stderr, (name, result.stderr)
        assert "dañada" not in result.stderr and "Traceback" not in result.stderr, name
    assert sha256(data / DB_FILENAME) == before
    assert ok_json(data, "invoice", "issue", draft)["number"] == "F-2026-0002"
