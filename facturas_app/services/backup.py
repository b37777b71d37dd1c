"""Backups (manual, daily, before migrations) and restore with a guard against losing invoices.

A restore never removes a VERI*FACTU billing record that exists now, with or without force: the
records are an append-only legal register (RD 1007/2023) already sent, or due, to AEAT, and a
restore that dropped them would let the next invoice re-use a number with another hash (a forked
chain). Such a restore is refused, nothing is changed, and the user is told to restore a copy
taken after the last record. A backup that holds every current record (the same hashes) restores
as before; `force` still only overrides invoices issued without a record (VERI*FACTU off).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from facturas_app.domain.errors import Conflict, CorruptDatabase, FacturasError
from facturas_app.services.ports import Clock
from facturas_app.storage.api import BackupInfo, BackupPort

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
        """Once a day (the app calls this at start-up and the scheduler may too)."""
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

    def check_restore(self, file: Path, current_readable: bool = True, check: bool = True) -> list[str]:
        """What the GUI asks before confirming: raises if the restore is refused (damaged file,
        billing records it would remove), else returns the issued numbers it would lose."""
        if check:
            self.port.inspect(Path(file))
        removed = self.billing_records_removed_by_restoring(Path(file))
        if removed:
            raise RestoreWouldRemoveBillingRecords(removed)
        return self.numbers_lost_by_restoring(Path(file), current_readable, check=False)

    def restore(self, file: Path, force: bool = False, current_readable: bool = True) -> RestoreResult:
        """Validate, refuse to remove billing records (always) or lose issued invoices (unless
        forced), keep a safety copy, swap in.

        The caller closes its store first; SqliteStore reconnects on next use (NullPool), and the
        caller should re-open it so pending migrations of an older backup are applied.
        """
        info = self.port.inspect(Path(file))
        lost = self.check_restore(Path(file), current_readable, check=False)
        if lost and not force:
            raise RestoreWouldLoseInvoices(lost)
        safety = self.port.restore(Path(file), self.clock.now())
        return RestoreResult(restored=info, safety_copy=safety, lost_numbers=lost)
