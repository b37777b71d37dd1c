"""The SQLite store: one file, migrations at open, explicit read and write transactions."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection, Engine

from facturas_app.domain.errors import Conflict
from facturas_app.storage.sqlite import database, seal
from facturas_app.storage.sqlite.bulk import SqliteBulkLoader
from facturas_app.storage.sqlite.errors import mapped_storage_errors
from facturas_app.storage.sqlite.repo_archive import ArchiveRepo
from facturas_app.storage.sqlite.repo_bank import BankRepo
from facturas_app.storage.sqlite.repo_dashboard import DashboardRepo
from facturas_app.storage.sqlite.repo_expenses import ExpensesRepo
from facturas_app.storage.sqlite.repo_invoices import InvoicesRepo
from facturas_app.storage.sqlite.repo_outbox import OutboxRepo
from facturas_app.storage.sqlite.repo_parties import PartiesRepo
from facturas_app.storage.sqlite.repo_payments import PaymentsRepo
from facturas_app.storage.sqlite.repo_reminders import RemindersRepo
from facturas_app.storage.sqlite.repo_reports import ReportsRepo
from facturas_app.storage.sqlite.repo_sales import SalesRepo
from facturas_app.storage.sqlite.repo_sepa import SepaRepo
from facturas_app.storage.sqlite.repo_settlement import SettlementRepo
from facturas_app.storage.sqlite.repo_verifactu import VerifactuRepo


class SqliteTransaction(
    PartiesRepo,
    ArchiveRepo,
    InvoicesRepo,
    PaymentsRepo,
    VerifactuRepo,
    OutboxRepo,
    ReportsRepo,
    RemindersRepo,
    SalesRepo,
    DashboardRepo,
    SettlementRepo,
    SepaRepo,
    BankRepo,
    ExpensesRepo,
):
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.settings_read: dict[str, Any] = {}  # repo_parties.get_setting


def _check(engine: Engine, size: int) -> None:
    if size <= database.FULL_CHECK_AT_OPEN_MAX_BYTES:
        database.quick_check(engine)
    else:
        database.schema_check(engine)


def _is_big(path: Path) -> bool:
    return path.stat().st_size > database.FULL_CHECK_AT_OPEN_MAX_BYTES


def _in_wal_mode(path: Path) -> bool:
    with path.open("rb") as handle:
        header = handle.read(20)
    return header[18:20] == b"\x02\x02"  # the file format's write/read versions: 2 is WAL


class SqliteStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        database.check_file_is_database(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        # A file from a newer Facturas is only read: no journal-mode switch, no migration, no
        # backup, no -wal/-shm, and every write refused (issue #17: it used to take writes).
        self.newer_version = 0
        self._check_lock = threading.Lock()
        self._pages_read = not path.exists() or path.stat().st_size == 0  # a new file: all ours
        self._trusted = self._pages_read or seal.matches(path)
        self._opened_inode = path.stat().st_ino if path.exists() else None
        if path.exists() and database.header_schema_version(path) > database.latest_schema_version():
            self._open_read_only(database.header_schema_version(path))
            return
        checked = path.exists() and path.stat().st_size > 0 and not _in_wal_mode(path)
        if checked:
            self._check_before_writing(path)
        self.engine = database.make_engine(path)
        if path.exists() and path.stat().st_size > 0:
            if checked:
                database.schema_check(self.engine)  # a full disk or read-only folder says so, here
            else:
                self._check_at_open(path.stat().st_size)
            version = database.schema_version(self.engine)
            if version > database.latest_schema_version():  # the header lagged behind its WAL
                self.engine.dispose()
                self._open_read_only(version)
                return
        self.applied_migrations = database.migrate(self.engine)
        self._opened_inode = self._opened_inode or path.stat().st_ino

    def _open_read_only(self, version: int) -> None:
        self.newer_version = version
        self.applied_migrations: list[int] = []
        self.engine = database.make_read_only_engine(self.path)
        self._check_at_open(self.path.stat().st_size)

    def _refuse_if_newer(self) -> None:
        if self.newer_version:
            raise Conflict(
                "database_too_new", version=self.newer_version, latest=database.latest_schema_version()
            )

    def _check_before_writing(self, path: Path) -> None:
        """A rollback-journal file (copied in, an old backup) is checked through a read-only
        connection first: the read-write one switches it to WAL at connect, a write to the header
        of a file that may be damaged (#17). A WAL file's header is not written at connect."""
        engine = database.make_read_only_engine(path)
        try:
            database.quick_check(engine)  # whole file: rare (it is WAL from then on), worth a second
        finally:
            engine.dispose()
        self._pages_read = self._trusted = True

    def _check_at_open(self, size: int) -> None:
        _check(self.engine, size)
        if size <= database.FULL_CHECK_AT_OPEN_MAX_BYTES:
            self._pages_read = self._trusted = True

    def _check_before_first_write(self) -> None:
        """A big file had only its schema read at open: unless its seal says this program left it
        so after a check, its pages are read before anything is written to it, so damage is never
        found under a write of ours (#17). Waits for the window's check if one is running."""
        if not self._trusted:
            self.verify_integrity()

    def verify_integrity(self) -> None:
        """The full page check (raises CorruptDatabase); slow on big files, so run it off the GUI thread."""
        with self._check_lock:
            if self._pages_read:
                return
            database.quick_check(self.engine)
            self._pages_read = self._trusted = True
            self._seal()

    @contextmanager
    def read(self) -> Iterator[SqliteTransaction]:
        with mapped_storage_errors(self.path.parent), database.transaction(self.engine, write=False) as conn:
            yield SqliteTransaction(conn)

    @contextmanager
    def write(self) -> Iterator[SqliteTransaction]:
        self._refuse_if_newer()
        self._check_before_first_write()
        # A full disk, a read-only file or a lock held too long: a message saying which, not "damaged".
        with mapped_storage_errors(self.path.parent), database.transaction(self.engine, write=True) as conn:
            yield SqliteTransaction(conn)

    def bulk_loader(self) -> SqliteBulkLoader:
        self._refuse_if_newer()
        self._check_before_first_write()
        return SqliteBulkLoader(self.engine)

    def _seal(self) -> None:
        """Only a big file this session trusts (checked whole, sealed or made here) and still the
        one it opened (same inode: not one renamed over it) is sealed; a small one is checked at
        every open anyway."""
        if self.newer_version or not self._trusted or not _is_big(self.path):
            return
        if self.path.stat().st_ino == self._opened_inode:
            seal.write_seal(self.path)

    def close(self) -> None:
        self.engine.dispose()  # the last connection checkpoints the WAL into the file: seal after
        if self.path.exists():
            self._seal()


def open_store(data_dir: Path) -> SqliteStore:
    return SqliteStore(data_dir / database.DB_FILENAME)
