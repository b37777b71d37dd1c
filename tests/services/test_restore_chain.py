"""#16 point 6: a restore never removes a billing record that exists now, forced or not, so the
VERI*FACTU chain never forks. Real SQLite files in a real data folder, the real BackupService."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.parties import Client
from facturas_app.messages import error_text
from facturas_app.services.backup import RestoreWouldRemoveBillingRecords
from facturas_app.storage.sqlite.database import DB_FILENAME
from tests.fakes import FixedClock
from tests.storage.safety_helpers import TODAY, issue_one, seed

# A company's address is on every full invoice to it (RD 1619/2012 art. 6): issuing needs it.
ADDRESS = {"address": "Av. del Puerto 22", "postal_code": "46021", "city": "Valencia"}

NOON = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)


def _open(folder: Path, now: dt.datetime = NOON) -> Services:
    return build_services(folder, clock=FixedClock(TODAY, now))


def _digest(folder: Path) -> str:
    return hashlib.sha256((folder / DB_FILENAME).read_bytes()).hexdigest()


@pytest.fixture
def older_backup(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """A data folder with F-2026-0001 backed up, then F-2026-0002 and -0003 issued after the copy."""
    data = tmp_path / "data"
    seed(data)
    services = _open(data)
    try:
        issue_one(services)
        backup = services.backup.backup_now(tmp_path / "older.sqlite3").path
        later = [issue_one(services), issue_one(services)]
    finally:
        services.close()
    return data, backup, later


def _restore(data: Path, backup: Path, force: bool) -> None:
    services = _open(data)
    try:
        services.close()  # as the CLI and the GUI do: no connection across the swap
        services.backup.restore(backup, force=force)
    finally:
        services.close()


@pytest.mark.parametrize("force", [False, True])
def test_restoring_an_older_backup_is_refused_and_keeps_the_chain(
    older_backup: tuple[Path, Path, list[str]], force: bool
) -> None:
    data, backup, later = older_backup
    before = _digest(data)
    with pytest.raises(RestoreWouldRemoveBillingRecords) as refused:
        _restore(data, backup, force)
    assert refused.value.numbers == later
    assert refused.value.bad_input  # the CLI exits 2
    assert _digest(data) == before  # nothing changed
    assert not list((data / "backups").glob("*before-restore*"))  # not even a safety copy taken
    services = _open(data, NOON + dt.timedelta(minutes=5))
    try:
        assert services.verifactu.verify().intact
        last = services.verifactu.rows()[-1]
        assert issue_one(services) == "F-2026-0004"  # numbering continues, never re-used
        new = services.verifactu.rows()[-1]
        assert (new.number, new.previous_huella, new.chain_seq) == ("F-2026-0004", last.huella, 4)
        assert services.verifactu.verify().intact
    finally:
        services.close()


def test_the_refusal_names_the_invoices_in_spanish_and_english(
    older_backup: tuple[Path, Path, list[str]],
) -> None:
    data, backup, later = older_backup
    services = _open(data)
    try:
        with pytest.raises(RestoreWouldRemoveBillingRecords) as refused:
            services.backup.check_restore(backup)  # what the GUI asks before any confirmation
    finally:
        services.close()
    spanish, english = error_text(refused.value, "es"), error_text(refused.value, "en")
    assert all(n in spanish and n in english for n in later)
    assert "VERI*FACTU" in spanish and "--force" in spanish and "not even with --force" in english


def test_a_backup_holding_every_record_restores_the_rest(tmp_path: Path) -> None:
    data = tmp_path / "data"
    seed(data)
    services = _open(data)
    try:
        numbers = [issue_one(services) for _ in range(2)]
        backup = services.backup.backup_now(tmp_path / "latest.sqlite3").path
        services.clients.add(Client(id="c-2", name="Talleres Norte S.L.", tax_id="B12345674", **ADDRESS))
    finally:
        services.close()
    _restore(data, backup, force=False)
    services = _open(data, NOON + dt.timedelta(minutes=5))
    try:
        assert services.clients.count() == 1  # the client added after the copy is gone
        assert [r.number for r in services.verifactu.rows()] == numbers
        assert issue_one(services) == "F-2026-0003"
        assert services.verifactu.verify().intact
    finally:
        services.close()


def test_a_backup_whose_chain_went_another_way_is_refused(tmp_path: Path) -> None:
    """Same numbers, other records (a copy of the folder used on another computer): compared by
    hash, the current F-2026-0002 is not in it, so restoring it would fork the chain."""
    data, elsewhere = tmp_path / "data", tmp_path / "elsewhere"
    seed(data)
    services = _open(data)
    try:
        issue_one(services)
    finally:
        services.close()
    shutil.copytree(data, elsewhere)
    for folder, minute in ((data, 1), (elsewhere, 2)):
        services = _open(folder, NOON + dt.timedelta(minutes=minute))
        try:
            assert issue_one(services) == "F-2026-0002"
            if folder == elsewhere:
                other = services.backup.backup_now(tmp_path / "other.sqlite3").path
        finally:
            services.close()
    with pytest.raises(RestoreWouldRemoveBillingRecords) as refused:
        _restore(data, other, force=True)
    assert refused.value.numbers == ["F-2026-0002"]


def test_restoring_into_an_empty_data_dir_brings_the_chain(
    older_backup: tuple[Path, Path, list[str]], tmp_path: Path
) -> None:
    data, _, later = older_backup
    services = _open(data)
    try:
        latest = services.backup.backup_now(tmp_path / "move.sqlite3").path
    finally:
        services.close()
    new_pc = tmp_path / "new-pc"
    _restore(new_pc, latest, force=False)
    services = _open(new_pc, NOON + dt.timedelta(minutes=5))
    try:
        assert [r.number for r in services.verifactu.rows()] == ["F-2026-0001", *later]
        assert services.verifactu.verify().intact
    finally:
        services.close()
