"""Backups and restore of the SQLite file (implements storage.api.BackupPort).

Copies are taken with SQLite's online backup API in a single step: the source is read inside one
read transaction, so a copy taken while another process writes is a consistent snapshot (WAL
readers never block the writer). Each copy is written to a temporary name, switched to
journal_mode=DELETE (one self-contained file), integrity-checked, fsynced and only then renamed
into place, so a half-written backup never carries a backup's name.

Restore validates the file, keeps a safety copy of the current database, removes the current
database's -wal/-shm (a stale WAL would be replayed onto the restored file and corrupt it), and
swaps the file in with os.replace. The caller must not hold open connections during the swap.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from facturas_app.domain.errors import CorruptDatabase
from facturas_app.storage.api import BackupInfo
from facturas_app.storage.sqlite import database

BACKUP_DIRNAME = "backups"
NAME_PATTERN = re.compile(r"^facturas-(\d{8}-\d{6})(?:-(\d+))?-([a-z-]+)\.sqlite3$")
STAMP_FORMAT = "%Y%m%d-%H%M%S"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
ROTATED_KINDS = ("daily", "pre-migration")
KEEP_BY_COUNT = {"manual": 30, "before-restore": 5}  # newest N of these are kept
SIDE_FILES = ("-wal", "-shm", "-journal")


def backup_name(when: dt.datetime, kind: str, counter: int = 0) -> str:
    suffix = f"-{counter}" if counter else ""
    return f"facturas-{when.strftime(STAMP_FORMAT)}{suffix}-{kind}.sqlite3"


def parse_backup_name(name: str) -> tuple[dt.datetime, str] | None:
    match = NAME_PATTERN.match(name)
    if match is None:
        return None
    when = dt.datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=dt.UTC)
    return when, match.group(3)


def _fsync_path(path: Path) -> None:
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if path.is_dir() else os.O_RDWR
    try:
        fd = os.open(path, flags)
    except OSError:  # some platforms (Windows) cannot open a directory: rename is durable there
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_side_files(path: Path) -> None:
    for suffix in SIDE_FILES:
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")


@contextlib.contextmanager
def _readonly(path: Path, live: bool = False) -> Iterator[sqlite3.Connection]:
    """A connection that only reads. A file at rest is opened immutable (no -wal/-shm created, no
    locks, nothing written); the live database is opened normally so its WAL is seen."""
    uri = f"file:{path}" if live else f"file:{path}?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True, timeout=database.BUSY_TIMEOUT_MS / 1000)
    try:
        yield conn
    finally:
        conn.close()


def inspect_file(path: Path, check: bool = True) -> BackupInfo:
    """Validate a database/backup file without modifying it; raise CorruptDatabase if unusable."""
    path = Path(path)
    if not path.is_file():
        raise CorruptDatabase("backup_not_found", path=str(path))
    database.check_file_is_database(path)
    try:
        with _readonly(path) as conn:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")] if check else ["ok"]
            if result != ["ok"]:
                raise CorruptDatabase("corrupt_database", detail="; ".join(map(str, result[:3])))
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "invoices" not in tables or version < 1:
                raise CorruptDatabase("not_a_database", path=str(path))
            issued = conn.execute("SELECT count(*) FROM invoices WHERE number IS NOT NULL").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase("corrupt_database", detail=str(exc)) from None
    if version > database.latest_schema_version():
        raise CorruptDatabase("backup_too_new", path=str(path), version=version)
    parsed = parse_backup_name(path.name)
    stat = path.stat()
    created = parsed[0] if parsed else dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC)
    return BackupInfo(
        path=path,
        created_at=created,
        kind=parsed[1] if parsed else "external",
        size=stat.st_size,
        schema_version=version,
        issued_count=int(issued),
    )


def copy_database(source: Path, dest: Path) -> None:
    """Consistent copy of `source` (even while others write) into `dest`, checked, then renamed in."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    _remove_side_files(tmp)
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        # A plain connection: read-only ones cannot open a WAL database whose -shm is missing.
        src = sqlite3.connect(source, timeout=database.BUSY_TIMEOUT_MS / 1000)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)  # pages=-1: the whole file in one step, under one read transaction
                dst.execute("PRAGMA journal_mode = DELETE")
                check = dst.execute("PRAGMA integrity_check").fetchone()[0]
                if check != "ok":
                    raise CorruptDatabase("corrupt_database", detail=str(check))
            finally:
                dst.close()
        finally:
            src.close()
        _fsync_path(tmp)
        os.replace(tmp, dest)
        _fsync_path(dest.parent)
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase("corrupt_database", detail=str(exc)) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        _remove_side_files(tmp)


def issued_numbers_in(path: Path, live: bool = False) -> list[str]:
    try:
        with _readonly(path, live) as conn:
            rows = conn.execute("SELECT number FROM invoices WHERE number IS NOT NULL ORDER BY number")
            return [row[0] for row in rows]
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase("corrupt_database", detail=str(exc)) from None


def billing_records_in(path: Path, live: bool = False) -> list[tuple[str, str]]:
    """(invoice number, huella) of every VERI*FACTU record in generation order; [] for a file
    from before the records existed (or none at all: a data folder not created yet)."""
    if not path.exists():
        return []
    try:
        with _readonly(path, live) as conn:
            table = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'verifactu_records'"
            ).fetchone()
            if table is None:
                return []
            rows = conn.execute("SELECT number, huella FROM verifactu_records ORDER BY seq")
            return [(str(row[0]), str(row[1])) for row in rows]
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase("corrupt_database", detail=str(exc)) from None


def keep_set(
    stamps: Iterable[dt.datetime],
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[dt.datetime]:
    """Grandfather-father-son: the newest copy of each of the last N days, ISO weeks and months."""
    ordered = sorted(set(stamps), reverse=True)
    keep: set[dt.datetime] = set()
    for count, period in (
        (daily, lambda t: t.date()),
        (weekly, lambda t: t.isocalendar()[:2]),
        (monthly, lambda t: (t.year, t.month)),
    ):
        seen: list[object] = []
        for stamp in ordered:
            key = period(stamp)
            if key not in seen:
                if len(seen) == count:
                    break
                seen.append(key)
                keep.add(stamp)
    return keep


class SqliteBackups:
    """The BackupPort for one database file; copies live in `<data dir>/backups/`."""

    def __init__(self, db_path: Path, backup_dir: Path | None = None) -> None:
        self.db_path = Path(db_path)
        self.backup_dir = backup_dir or self.db_path.parent / BACKUP_DIRNAME

    def create(self, kind: str, when: dt.datetime, dest: Path | None = None) -> BackupInfo:
        target = Path(dest) if dest is not None else self._free_name(when, kind)
        database.check_file_is_database(self.db_path)
        copy_database(self.db_path, target)
        return inspect_file(target, check=False)  # copy_database has just integrity-checked it

    def _free_name(self, when: dt.datetime, kind: str) -> Path:
        counter = 0
        while (candidate := self.backup_dir / backup_name(when, kind, counter)).exists():
            counter += 1
        return candidate

    def backups(self) -> list[BackupInfo]:
        """Backups in the folder, newest first (from their names: nothing is opened)."""
        found = []
        if self.backup_dir.is_dir():
            for path in self.backup_dir.iterdir():
                parsed = parse_backup_name(path.name)
                if parsed is not None and path.is_file():
                    found.append(
                        BackupInfo(path=path, created_at=parsed[0], kind=parsed[1], size=path.stat().st_size)
                    )
        return sorted(found, key=lambda info: (info.created_at, info.path.name), reverse=True)

    def inspect(self, path: Path) -> BackupInfo:
        return inspect_file(path)

    def location_risk(self) -> str:
        """Why the data folder is unsafe for WAL (network/synced drive), or ''."""
        from facturas_app.storage.sqlite.location import inspect_location

        return inspect_location(self.db_path.parent).reason

    def issued_numbers(self, path: Path | None = None) -> list[str]:
        if path is None:
            return issued_numbers_in(self.db_path, live=True)
        return issued_numbers_in(Path(path))

    def billing_records(self, path: Path | None = None) -> list[tuple[str, str]]:
        if path is None:
            return billing_records_in(self.db_path, live=True)
        return billing_records_in(Path(path))

    def rotate(self) -> list[Path]:
        """Automatic copies: keep 7 daily / 4 weekly / 12 monthly. Copies the user asked for and
        safety copies taken before a restore are not thinned by date, only capped in number."""
        backups = self.backups()
        rotating = [b for b in backups if b.kind in ROTATED_KINDS]
        keep = keep_set(b.created_at for b in rotating)
        kept_per_stamp: set[dt.datetime] = set()
        doomed = []
        for info in rotating:  # newest first: the first copy of a kept instant survives
            if info.created_at in keep and info.created_at not in kept_per_stamp:
                kept_per_stamp.add(info.created_at)
            else:
                doomed.append(info.path)
        for kind, cap in KEEP_BY_COUNT.items():
            doomed += [b.path for b in backups if b.kind == kind][cap:]
        for path in doomed:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        return doomed

    def restore(self, source: Path, when: dt.datetime) -> Path:
        """Swap `source` in as the database. Returns the safety copy of what was there before."""
        inspect_file(source, check=False)  # shape and version; the staged copy is integrity-checked
        staged = self.db_path.with_name(self.db_path.name + ".restoring")
        copy_database(Path(source), staged)
        safety = self._safety_copy(when)
        _remove_side_files(self.db_path)  # a stale WAL must never meet the restored file
        os.replace(staged, self.db_path)
        _fsync_path(self.db_path.parent)
        self._reopen()
        return safety

    def _reopen(self) -> None:
        """Open the restored file once: checks it and applies the migrations an older copy lacks."""
        from facturas_app.storage.sqlite.store import SqliteStore

        SqliteStore(self.db_path).close()

    def _safety_copy(self, when: dt.datetime) -> Path:
        target = self._free_name(when, "before-restore")
        if not self.db_path.exists():
            return target
        try:
            database.check_file_is_database(self.db_path)
            copy_database(self.db_path, target)
        except CorruptDatabase:
            # The current file is damaged (restore is the way out): keep its raw bytes instead.
            target = target.with_suffix(".damaged")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(self.db_path, target)
            for suffix in SIDE_FILES:
                side = Path(f"{self.db_path}{suffix}")
                if side.exists():
                    shutil.copy2(side, Path(f"{target}{suffix}"))
        return target


def backup_before_migration(db_path: Path) -> BackupInfo:
    """Called by database.migrate before it changes an existing file's schema."""
    backups = SqliteBackups(db_path)
    info = backups.create("pre-migration", dt.datetime.now(dt.UTC))
    backups.rotate()
    return info
