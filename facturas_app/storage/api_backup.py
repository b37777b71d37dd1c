"""The backup port and its values (split from api.py; api.py re-exports BackupInfo/BackupPort).

A restore goes through three steps so the service can judge a backup with the domain's own
totals engine and the VERI*FACTU hash before anything live changes: `stage` (a private copy in
the data folder, integrity / schema / triggers checked, migrated), the checks on that copy
(`issued_invoices`, `billing_rows`, `identity`), then `swap_in` or `discard`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from facturas_app.domain.invoice import Invoice

if TYPE_CHECKING:
    from facturas_app.storage.api import VerifactuRow


@dataclass(frozen=True)
class BackupInfo:
    """One backup file. `schema_version`/`issued_count` are known only once the file was inspected."""

    path: Path
    created_at: dt.datetime
    kind: str  # daily, manual, pre-migration, before-restore, before-replace, external
    size: int
    schema_version: int | None = None
    issued_count: int | None = None


@dataclass(frozen=True)
class DataSetIdentity:
    """Whose books a file holds: the data set's UUID ('' in files from before it existed), the
    business's tax id ('' when none is set) and whether it holds any invoice at all."""

    dataset_id: str
    tax_id: str
    has_books: bool


@dataclass(frozen=True)
class StagedBackup:
    """A private, checked and migrated copy of `source`, waiting in the data folder to be swapped
    in or discarded. `identity` is the backup's as it was, before migrations ran on the copy."""

    path: Path
    source: Path
    info: BackupInfo
    identity: DataSetIdentity


@dataclass(frozen=True)
class StoredInvoice:
    """An issued document as stored: the invoice (lines and all) and the totals columns written
    beside it (what lists, books and reports show), to be checked against each other."""

    invoice: Invoice
    stored: dict[str, Decimal]  # base, vat, surcharge, irpf, total, amount_due


class BackupPort(Protocol):
    """Copies of the database file and restoring one (storage/sqlite/backup.py)."""

    backup_dir: Path

    def create(self, kind: str, when: dt.datetime, dest: Path | None = None) -> BackupInfo: ...
    def backups(self) -> list[BackupInfo]: ...
    def inspect(self, path: Path) -> BackupInfo: ...
    def issued_numbers(self, path: Path | None = None) -> list[str]: ...
    def billing_records(self, path: Path | None = None) -> list[tuple[str, str]]:
        """(invoice number, huella) of each VERI*FACTU record of the file (None: the live one)."""
        ...

    def rotate(self) -> list[Path]: ...
    def location_risk(self) -> str: ...
    def stage(self, source: Path) -> StagedBackup: ...
    def discard(self, staged: StagedBackup) -> None: ...
    def identity(self, path: Path | None = None) -> DataSetIdentity | None:
        """None when there is no such file (a data folder not created yet)."""
        ...

    def issued_invoices(self, path: Path) -> Iterator[StoredInvoice]: ...
    def billing_rows(self, path: Path) -> list[VerifactuRow]: ...
    def swap_in(self, staged: StagedBackup, when: dt.datetime, kind: str, dataset_id: str = "") -> Path:
        """Make the staged copy live (keeping `dataset_id` when given); returns the safety copy."""
        ...
