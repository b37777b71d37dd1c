"""Backups and restore of the SQLite file (implements storage.api.BackupPort).

Copies are taken with SQLite's online backup API in a single step: the source is read inside one
read transaction, so a copy taken while another process writes is a consistent snapshot (WAL
readers never block the writer). Each copy is written to a temporary name, switched to
journal_mode=DELETE (one self-contained file), integrity-checked, fsynced and only then renamed
into place, so a half-written backup never carries a backup's name.

Every temporary file is its own (temp_files.py: unique name in the final folder), and a copy
under an automatic name is placed with a link that cannot overwrite, so two backups in the same
second both land. Restore stages a checked copy first (restore_stage.py); swap_in keeps a safety
copy of the current database, removes its -wal/-shm (a stale WAL would be replayed onto the
restored file and corrupt it), and swaps the file in with os.replace. The caller must not hold
open connections during the swap.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from facturas_app.domain.errors import CorruptDatabase
from facturas_app.storage.api import VerifactuRow
from facturas_app.storage.api_backup import BackupInfo, DataSetIdentity, StagedBackup, StoredInvoice
from facturas_app.storage.sqlite import backup_books, database, restore_stage, temp_files
from facturas_app.storage.sqlite.backup_rotation import keep_set
from facturas_app.storage.sqlite.errors import mapped_storage_errors, storage_error

BACKUP_DIRNAME = "backups"
NAME_PATTERN = re.compile(r"^facturas-(\d{8}-\d{6})(?:-(\d+))?-([a-z-]+)\.sqlite3$")
STAMP_FORMAT = "%Y%m%d-%H%M%S"
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


def name_facts(path: Path) -> tuple[dt.datetime, str]:
    """When and what kind of copy, from our backup names; else the file's time and 'external'."""
    parsed = parse_backup_name(path.name)
    if parsed is not None:
        return parsed
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC), "external"


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
    created, kind = name_facts(path)
    return BackupInfo(
        path=path,
        created_at=created,
        kind=kind,
        size=path.stat().st_size,
        schema_version=version,
        issued_count=int(issued),
    )


def copy_database(source: Path, dest: Path) -> None:
    """Consistent copy of `source` (even while others write) into `dest`, checked, then renamed in."""
    tmp = copy_to_temp(source, Path(dest).parent)
    try:
        with _os_errors():
            os.replace(tmp, dest)  # the caller named this file: it gets the newest copy
            _fsync_path(Path(dest).parent)
    finally:
        temp_files.remove_with_side_files(tmp)


def copy_to_temp(source: Path, folder: Path) -> Path:
    """A checked, self-contained copy of `source` under a temporary name of its own in `folder`
    (two backups at once never share one), fsynced; the caller renames it into place."""
    tmp = temp_files.temp_path(folder, "backup")
    try:
        with _os_errors():
            folder.mkdir(parents=True, exist_ok=True)
            with mapped_storage_errors(folder):
                _online_copy(source, tmp)
            _fsync_path(tmp)
    except BaseException:
        temp_files.remove_with_side_files(tmp)
        raise
    return tmp


def _online_copy(source: Path, tmp: Path) -> None:
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


@contextlib.contextmanager
def _os_errors() -> Iterator[None]:
    """A full disk or a read-only folder while copying says so (never "damaged")."""
    try:
        yield
    except FileExistsError:  # a name another backup took meanwhile: the caller picks the next
        raise
    except OSError as exc:
        raise storage_error(exc) from exc


def place_new(tmp: Path, dest: Path) -> None:
    """Rename `tmp` to `dest` only if no file has that name (atomic: a hard link cannot replace),
    so two backups that picked the same name never overwrite each other. FileExistsError if taken."""
    try:
        os.link(tmp, dest)
    except FileExistsError:
        raise
    except OSError:  # no hard links here (FAT, some network drives): check, then rename
        if dest.exists():
            raise FileExistsError(dest) from None
        os.replace(tmp, dest)
    _fsync_path(dest.parent)


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


class SqliteBackups:
    """The BackupPort for one database file; copies live in `<data dir>/backups/`."""

    def __init__(self, db_path: Path, backup_dir: Path | None = None) -> None:
        self.db_path = Path(db_path)
        self.backup_dir = backup_dir or self.db_path.parent / BACKUP_DIRNAME
        # Built at every start: what a killed backup or restore left behind goes now.
        temp_files.remove_leftovers(self.db_path.parent, self.backup_dir)

    def create(self, kind: str, when: dt.datetime, dest: Path | None = None) -> BackupInfo:
        database.check_file_is_database(self.db_path)
        if dest is not None:
            copy_database(self.db_path, Path(dest))
            target = Path(dest)
        else:
            target = self._copy_to_free_name(self.db_path, when, kind)
        return inspect_file(target, check=False)  # the copy was integrity-checked as it was made

    def _copy_to_free_name(self, source: Path, when: dt.datetime, kind: str) -> Path:
        """Copy under the first free name of that second and kind; a name another backup takes
        meanwhile is skipped, never overwritten."""
        tmp = copy_to_temp(source, self.backup_dir)
        try:
            for counter in itertools.count():
                candidate = self.backup_dir / backup_name(when, kind, counter)
                if candidate.exists():
                    continue
                try:
                    with _os_errors():
                        place_new(tmp, candidate)
                    return candidate
                except FileExistsError:
                    continue
        finally:
            temp_files.remove_with_side_files(tmp)
        raise AssertionError("unreachable")

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

    # ----- restore: stage (checked private copy), judge (the service), swap in or discard --------
    def stage(self, source: Path) -> StagedBackup:
        return restore_stage.stage(Path(source), self.db_path.parent)

    def discard(self, staged: StagedBackup) -> None:
        temp_files.remove_with_side_files(staged.path)

    def identity(self, path: Path | None = None) -> DataSetIdentity | None:
        return backup_books.identity_of(Path(path) if path else self.db_path, live=path is None)

    def issued_invoices(self, path: Path) -> Iterator[StoredInvoice]:
        return backup_books.issued_invoices(Path(path))

    def billing_rows(self, path: Path) -> list[VerifactuRow]:
        return backup_books.billing_rows(Path(path))

    def swap_in(self, staged: StagedBackup, when: dt.datetime, kind: str, dataset_id: str = "") -> Path:
        """Swap the staged copy in as the database. Returns the safety copy of what was there."""
        if dataset_id:
            backup_books.set_dataset_id(staged.path, dataset_id)
        restore_stage.refuse_if_in_use(self.db_path)
        safety = self._safety_copy(when, kind)
        with _os_errors():
            _remove_side_files(self.db_path)  # a stale WAL must never meet the restored file
            os.replace(staged.path, self.db_path)
            _fsync_path(self.db_path.parent)
        self._reopen()
        return safety

    def _reopen(self) -> None:
        """Open the restored file once: checks it and applies the migrations an older copy lacks."""
        from facturas_app.storage.sqlite.store import SqliteStore

        SqliteStore(self.db_path).close()

    def _safety_copy(self, when: dt.datetime, kind: str = "before-restore") -> Path:
        if not self.db_path.exists():
            return self._free_name(when, kind)
        try:
            database.check_file_is_database(self.db_path)
            return self._copy_to_free_name(self.db_path, when, kind)
        except CorruptDatabase:
            # The current file is damaged (restore is the way out): keep its raw bytes instead.
            target = self._free_name(when, kind).with_suffix(".damaged")
            with _os_errors():
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
