"""Backups (manual, daily, before migrations) and restore with a guard against losing invoices.

A restore never removes a VERI*FACTU billing record that exists now, with or without force: the
records are an append-only legal register (RD 1007/2023) already sent, or due, to AEAT, and a
restore that dropped them would let the next invoice re-use a number with another hash (a forked
chain). Such a restore is refused, nothing is changed, and the user is told to restore a copy
taken after the last record. A backup that holds every current record (the same hashes) restores
as before; `force` still only overrides invoices issued without a record (VERI*FACTU off).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from facturas_app.domain.errors import Conflict, CorruptDatabase, FacturasError
from facturas_app.services.ports import Clock
from facturas_app.services.restore_checks import check_books, raise_other_data_set, same_data_set
from facturas_app.storage.api import BackupInfo, BackupPort
from facturas_app.storage.api_backup import DataSetIdentity, StagedBackup

MAX_NUMBERS_IN_MESSAGE = 20


class RestoreWouldLoseInvoices(Conflict):
    """The backup lacks invoices issued since it was taken; restoring would erase legal records."""

    code = "restore_loses_invoices"

    def __init__(self, numbers: list[str]) -> None:
        super().__init__(self.code, count=len(numbers), numbers=_shown(numbers))
        self.numbers = numbers


def _shown(numbers: list[str]) -> str:
    shown = ", ".join(numbers[:MAX_NUMBERS_IN_MESSAGE])
    if len(numbers) > MAX_NUMBERS_IN_MESSAGE:
        shown += f" (+{len(numbers) - MAX_NUMBERS_IN_MESSAGE})"
    return shown


class RestoreWouldRemoveBillingRecords(Conflict):
    """The backup lacks billing records that exist now; refused even when forced (the chain would
    fork). `numbers` are the invoices those records belong to, oldest first."""

    code = "restore_removes_billing_records"

    def __init__(self, numbers: list[str]) -> None:
        super().__init__(self.code, count=len(numbers), numbers=_shown(numbers), last=numbers[-1])
        self.numbers = numbers


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    safety_copy: Path
    lost_numbers: list[str]


class BackupService:
    """Works on the database file through a BackupPort, so it runs even when the store is closed."""

    def __init__(self, port: BackupPort, clock: Clock) -> None:
        self.port = port
        self.clock = clock

    @property
    def backup_dir(self) -> Path:
        return self.port.backup_dir

    def backup_now(self, path: Path | None = None) -> BackupInfo:
        """A checked copy, to `path` or into the backups folder (then old copies are rotated)."""
        info = self.port.create("manual", self.clock.now(), Path(path) if path is not None else None)
        if path is None:
            self.port.rotate()
        return info

    def daily_backup_if_due(self) -> BackupInfo | None:
        """Once a day (the app calls this at start-up and the scheduler may too); never for an
        office database, which the server's pg_dump keeps (storage/postgres/backups.py)."""
        if getattr(self.port, "kept_by_server", False):
            return None
        now = self.clock.now()
        if any(b.created_at.date() == now.date() for b in self.port.backups() if b.kind != "before-restore"):
            return None
        info = self.port.create("daily", now)
        self.port.rotate()
        return info

    def backup_before_migration(self) -> BackupInfo:
        return self.port.create("pre-migration", self.clock.now())

    def data_folder_warning(self) -> str:
        """'' on a local disk; else the reason (message code data_dir_on_network_drive, {reason})."""
        return self.port.location_risk()

    def list_backups(self) -> list[BackupInfo]:
        return self.port.backups()

    def latest_good_backup(self) -> BackupInfo | None:
        """The newest copy that passes the integrity check (offered when the database is damaged)."""
        for info in self.port.backups():
            try:
                return self.port.inspect(info.path)
            except FacturasError:  # a damaged copy: try the next older one
                continue
        return None

    def inspect(self, file: Path) -> BackupInfo:
        return self.port.inspect(Path(file))

    def numbers_lost_by_restoring(
        self, file: Path, current_readable: bool = True, check: bool = True
    ) -> list[str]:
        """Issued invoice numbers that exist now and are missing from the backup (checked first)."""
        if check:
            self.port.inspect(Path(file))
        if not current_readable:
            return []
        in_backup = set(self.port.issued_numbers(Path(file)))
        return [n for n in self.port.issued_numbers() if n not in in_backup]

    def billing_records_removed_by_restoring(self, file: Path) -> list[str]:
        """Invoice numbers of the current billing records the backup lacks (compared by huella,
        so a backup whose chain went another way counts as lacking them), oldest first.

        A current database too damaged to read yields []: restoring is then the way out, and the
        damaged file is kept byte for byte as the safety copy."""
        try:
            current = self.port.billing_records()
        except CorruptDatabase:
            return []
        if not current:
            return []
        in_backup = {huella for _, huella in self.port.billing_records(Path(file))}
        return [number for number, huella in current if huella not in in_backup]

    def check_restore(
        self, file: Path, current_readable: bool = True, check: bool = True, other_business: bool = False
    ) -> list[str]:
        """What the GUI asks before confirming: raises if the restore is refused (damaged or
        tampered file, another business's books, billing records it would remove), else returns
        the issued numbers it would lose. Nothing live changes."""
        with self._staged(Path(file)) as staged:
            return self._judge(staged, current_readable, other_business)

    def restore(
        self, file: Path, force: bool = False, current_readable: bool = True, other_business: bool = False
    ) -> RestoreResult:
        """Stage a private copy, check it (restore_checks.py), refuse another data set (unless
        `other_business`), billing records it would remove (always) or issued invoices it would
        lose (unless forced), keep a safety copy, swap in.

        The caller closes its store first; SqliteStore reconnects on next use (NullPool), and the
        caller should re-open it so pending migrations of an older backup are applied.
        """
        with self._staged(Path(file)) as staged:
            lost = self._judge(staged, current_readable, other_business)
            if lost and not force:
                raise RestoreWouldLoseInvoices(lost)
            keep_id = self._dataset_id_to_keep(staged, current_readable)
            kind = "before-replace" if other_business else "before-restore"
            safety = self.port.swap_in(staged, self.clock.now(), kind, keep_id)
        return RestoreResult(restored=staged.info, safety_copy=safety, lost_numbers=lost)

    @contextmanager
    def _staged(self, file: Path) -> Iterator[StagedBackup]:
        staged = self.port.stage(file)
        try:
            yield staged
        finally:
            self.port.discard(staged)  # nothing left once swapped in; else the private copy goes

    def _judge(self, staged: StagedBackup, current_readable: bool, other_business: bool) -> list[str]:
        """Raise if the staged backup is refused; else the issued numbers restoring it loses."""
        check_books(self.port, staged.path, staged.source)
        current = self._current_identity(current_readable)
        if not same_data_set(current, staged.identity):
            if not other_business:
                raise_other_data_set(current, staged.identity)
            return []  # the whole data set is replaced: its books stay whole in the safety copy
        removed = self.billing_records_removed_by_restoring(staged.path)
        if removed:
            raise RestoreWouldRemoveBillingRecords(removed)
        return self.numbers_lost_by_restoring(staged.path, current_readable, check=False)

    def _current_identity(self, current_readable: bool) -> DataSetIdentity | None:
        if not current_readable:
            return None
        try:
            return self.port.identity()
        except CorruptDatabase:
            return None

    def _dataset_id_to_keep(self, staged: StagedBackup, current_readable: bool) -> str:
        """A backup from before data-set ids carries on the current data set's id."""
        current = self._current_identity(current_readable)
        if staged.identity.dataset_id or current is None:
            return ""
        return current.dataset_id
