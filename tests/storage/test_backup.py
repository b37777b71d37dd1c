"""Backups (online, checked, rotated) and restore (guarded, atomic, WAL-safe) on real files."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from facturas_app.bootstrap import build_services
from facturas_app.domain.errors import Conflict
from facturas_app.services.backup import RestoreWouldLoseInvoices
from facturas_app.storage.sqlite.backup import keep_set, parse_backup_name
from facturas_app.storage.sqlite.database import DB_FILENAME
from tests.fakes import FixedClock
from tests.storage.safety_helpers import (
    TODAY,
    fork_worker,
    integrity,
    invariant_problems,
    issue_one,
    seed,
    sha256,
)

NOON = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)


def _dump(db: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _issued(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [
            r[0] for r in conn.execute("SELECT number FROM invoices WHERE number IS NOT NULL ORDER BY number")
        ]
    finally:
        conn.close()


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    seed(tmp_path)
    return tmp_path


def test_backup_now_is_a_checked_copy_with_the_same_content(seeded: Path) -> None:
    services = build_services(seeded, clock=FixedClock(TODAY, NOON))
    try:
        numbers = [issue_one(services) for _ in range(3)]
        info = services.backup.backup_now()
        explicit = services.backup.backup_now(seeded / "elsewhere" / "copy.sqlite3")
    finally:
        services.close()
    assert info.path.parent == seeded / "backups" and info.kind == "manual" and info.issued_count == 3
    assert explicit.path.exists() and explicit.issued_count == 3
    assert _issued(info.path) == numbers
    assert _dump(info.path) == _dump(seeded / DB_FILENAME)
    assert not Path(f"{info.path}-wal").exists()  # a single self-contained file
    assert integrity(info.path) == "ok"


def test_daily_backup_runs_once_a_day_and_rotation_keeps_7_daily_4_weekly_12_monthly(seeded: Path) -> None:
    clock = FixedClock(TODAY, NOON)
    services = build_services(seeded, clock=clock)
    try:
        assert services.backup.daily_backup_if_due() is not None
        assert services.backup.daily_backup_if_due() is None  # same day: nothing
        for day in range(1, 150):  # a daily backup for 150 days
            clock.now_utc = NOON + dt.timedelta(days=day)
            assert services.backup.daily_backup_if_due() is not None
        kept = services.backup.list_backups()
    finally:
        services.close()
    stamps = sorted(b.created_at for b in kept)
    assert len(kept) == len(keep_set(stamps)) and 7 + 3 + 4 <= len(kept) <= 7 + 4 + 6
    newest = stamps[-1]
    assert [newest - dt.timedelta(days=d) for d in range(7)] == sorted(stamps, reverse=True)[:7]
    assert stamps[0] == NOON + dt.timedelta(days=4)  # 30 Nov: the newest copy of November


def test_keep_set_picks_the_newest_of_each_period() -> None:
    stamps = [NOON + dt.timedelta(hours=6 * i) for i in range(200)]  # four a day for 50 days
    keep = keep_set(stamps)
    days = {s.date() for s in keep}
    assert len([d for d in days if d > (stamps[-1] - dt.timedelta(days=7)).date()]) == 7
    end_of_november = dt.datetime(2026, 11, 30, 18, 0, tzinfo=dt.UTC)
    assert max(stamps) in keep and end_of_november in keep and min(stamps) not in keep
    assert all(max(s for s in stamps if s.date() == d) in keep for d in sorted(days)[-7:])


def test_backup_taken_while_another_process_writes_is_consistent(seeded: Path) -> None:
    services = build_services(seeded, clock=FixedClock(TODAY, NOON))
    pid, pipe = fork_worker(seeded)
    try:
        assert os.read(pipe, 1) == b"r"
        copies = []
        for _ in range(5):
            time.sleep(0.15)
            copies.append(services.backup.backup_now())
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(pipe)
        services.close()
    counts = []
    for info in copies:
        assert integrity(info.path) == "ok"
        assert invariant_problems(info.path) == []
        counts.append(len(_issued(info.path)))
    assert counts == sorted(counts) and counts[-1] > counts[0]  # the writer really was writing


def test_restore_with_a_stale_wal_gives_back_exactly_the_backed_up_state(seeded: Path) -> None:
    services = build_services(seeded, clock=FixedClock(TODAY, NOON))
    try:
        # Invoices without billing records, so --force may give them up (with records a restore
        # is refused: tests/services/test_restore_chain.py).
        services.verifactu.set_mode("off")
        [issue_one(services) for _ in range(2)]
        backup = services.backup.backup_now(seeded.parent / "b.sqlite3")
    finally:
        services.close()
    expected = _dump(backup.path)
    backup_hash = sha256(backup.path)
    pid, pipe = fork_worker(seeded, stop_after=3, then_die=True)  # leaves committed frames in the WAL
    os.waitpid(pid, 0)
    os.close(pipe)
    wal = Path(f"{seeded / DB_FILENAME}-wal")
    assert wal.exists() and wal.stat().st_size > 0
    services = build_services(seeded, clock=FixedClock(TODAY, NOON))
    try:
        with pytest.raises(RestoreWouldLoseInvoices) as refused:
            services.backup.restore(backup.path)
        assert refused.value.numbers == ["F-2026-0003", "F-2026-0004", "F-2026-0005"]
        services.store.close()
        result = services.backup.restore(backup.path, force=True)
    finally:
        services.close()
    assert result.lost_numbers == ["F-2026-0003", "F-2026-0004", "F-2026-0005"]
    assert _issued(result.safety_copy)[-1] == "F-2026-0005"  # the safety copy holds what was there
    assert _dump(seeded / DB_FILENAME) == expected
    assert sha256(backup.path) == backup_hash  # the backup itself is untouched
    services = build_services(seeded, clock=FixedClock(TODAY, NOON))
    try:
        assert issue_one(services) == "F-2026-0003"  # numbering continues from the restored state
    finally:
        services.close()
    assert invariant_problems(seeded / DB_FILENAME) == []


def test_a_damaged_backup_is_refused_and_left_unchanged(seeded: Path) -> None:
    services = build_services(seeded, clock=FixedClock(TODAY, NOON))
    try:
        issue_one(services)
        info = services.backup.backup_now()
        data = bytearray(info.path.read_bytes())
        page = 4096
        data[2 * page : 3 * page] = os.urandom(page)
        info.path.write_bytes(bytes(data))
        before = sha256(info.path)
        with pytest.raises(Conflict) as refused:  # bad input (exit 2), not "your database is damaged"
            services.backup.restore(info.path, force=True)
        assert refused.value.code == "backup_integrity_failed"
        assert services.backup.latest_good_backup() is None
        assert sha256(info.path) == before
        assert _issued(seeded / DB_FILENAME) == ["F-2026-0001"]
    finally:
        services.close()


def test_backup_names_round_trip() -> None:
    from facturas_app.storage.sqlite.backup import backup_name

    assert parse_backup_name(backup_name(NOON, "daily", 2)) == (NOON, "daily")
    assert parse_backup_name("facturas.sqlite3") is None


MOUNTS = (
    "server:/export /mnt/nas nfs4 rw 0 0\n//srv/s /mnt/my\\040share cifs rw 0 0\n/dev/sda1 / ext4 rw 0 0\n"
)


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/mnt/nas/facturas", "nfs4"),
        ("/mnt/my share/f", "cifs"),
        ("/mnt/nasty/f", ""),
        ("/home/ana/facturas", ""),
        ("/home/ana/Dropbox/facturas", "Dropbox"),
        ("/home/ana/OneDrive - Empresa/f", "OneDrive - Empresa"),
        ("/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/f", "Mobile Documents"),
        ("/home/ana/Google Drive/f", "Google Drive"),
    ],
)
def test_network_and_synced_folders_are_recognised(path: str, reason: str) -> None:
    from facturas_app.storage.sqlite.location import inspect_location

    found = inspect_location(Path(path), MOUNTS)
    assert found.reason == reason
    assert found.journal_mode == ("DELETE" if reason else "WAL")


def test_a_synced_data_folder_runs_without_wal(tmp_path: Path) -> None:
    synced = tmp_path / "Dropbox" / "facturas"
    seed(synced)
    services = build_services(synced, clock=FixedClock(TODAY, NOON))
    try:
        issue_one(services)
        conn = sqlite3.connect(synced / DB_FILENAME)
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        conn.close()
    finally:
        services.close()
    assert mode == "delete"
    assert not Path(f"{synced / DB_FILENAME}-wal").exists()
    local = tmp_path / "local"
    seed(local)
    conn = sqlite3.connect(local / DB_FILENAME)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_migrating_an_existing_database_takes_a_backup_first(tmp_path: Path) -> None:
    from facturas_app.storage.sqlite.database import latest_schema_version, migration_scripts

    version, script = migration_scripts()[0]
    conn = sqlite3.connect(tmp_path / DB_FILENAME)
    conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;")
    conn.close()
    services = build_services(tmp_path, clock=FixedClock(TODAY, NOON))
    try:
        copies = services.backup.list_backups()
    finally:
        services.close()
    if latest_schema_version() == version:
        assert copies == []  # nothing to migrate, nothing copied
        return
    assert [c.kind for c in copies] == ["pre-migration"]
    conn = sqlite3.connect(copies[0].path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version  # the copy is the old shape
    conn.close()
    services = build_services(tmp_path, clock=FixedClock(TODAY, NOON))  # up to date: no new copy
    try:
        assert len(services.backup.list_backups()) == 1
    finally:
        services.close()


def test_the_backup_service_reports_a_synced_data_folder(tmp_path: Path) -> None:
    from facturas_app.messages import text_for

    synced = tmp_path / "OneDrive" / "facturas"
    seed(synced)
    services = build_services(synced, clock=FixedClock(TODAY, NOON))
    try:
        reason = services.backup.data_folder_warning()
    finally:
        services.close()
    assert reason == "OneDrive"
    assert "OneDrive" in text_for("data_dir_on_network_drive", "es", reason=reason)
