"""Backups of an office database are the server's job (`pg_dump`), not the app's (#22).

The app's backups copy a SQLite file; a PostgreSQL database is copied consistently only by the
server's own tools while others keep writing. Every operation that would copy or replace the data
set says how instead (docs/office-mode.md), and the daily copy at start-up is not attempted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

from facturas_app.domain.errors import Conflict
from facturas_app.storage.api_backup import BackupInfo, DataSetIdentity, StagedBackup, StoredInvoice


class ServerBackups:
    kept_by_server = True

    def __init__(self, location: str) -> None:
        self.location = location
        self.backup_dir = Path()  # no folder of ours: nothing is written beside the app

    def _refuse(self) -> NoReturn:
        raise Conflict("server_backups_pg_dump", location=self.location)

    def create(self, kind: str, when: dt.datetime, dest: Path | None = None) -> BackupInfo:
        self._refuse()

    def backups(self) -> list[BackupInfo]:
        return []

    def inspect(self, path: Path) -> BackupInfo:
        self._refuse()

    def issued_numbers(self, path: Path | None = None) -> list[str]:
        self._refuse()

    def billing_records(self, path: Path | None = None) -> list[tuple[str, str]]:
        self._refuse()

    def rotate(self) -> list[Path]:
        return []

    def location_risk(self) -> str:
        return ""  # a server, not a network folder holding a SQLite file

    def stage(self, source: Path) -> StagedBackup:
        self._refuse()

    def discard(self, staged: StagedBackup) -> None:
        return None

    def identity(self, path: Path | None = None) -> DataSetIdentity | None:
        return None

    def issued_invoices(self, path: Path) -> Iterator[StoredInvoice]:
        self._refuse()

    def billing_rows(self, path: Path) -> list:  # type: ignore[type-arg]
        self._refuse()

    def swap_in(self, staged: StagedBackup, when: dt.datetime, kind: str, dataset_id: str = "") -> Path:
        self._refuse()
