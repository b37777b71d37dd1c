"""`facturas bank import` of a CAMT.054 debit/credit notification (#19) as a real subprocess on a
real data dir: CLI.md's keys, a re-import that changes nothing, and exit 2 with one clear line and
nothing stored for a broken file, an entity trick or another business's account."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from tests.cli.cli_helpers import TODAY, dump_tables, ok_json, run_cli, seed_in_process
from tests.services.bank.bank_files import Line, camt054

DAY = dt.date.fromisoformat(TODAY) - dt.timedelta(days=1)
IMPORT_KEYS = {"account", "movements", "new", "duplicates", "matched", "suggested", "unmatched"}


@pytest.fixture
def notice(tmp_path: Path) -> tuple[Path, Path, str]:
    _client, numbers = seed_in_process(tmp_path / "data", issue=1)
    owed = Decimal(
        ok_json(tmp_path / "data", "invoice", "show", numbers[0], "--json")["totals"]["outstanding"]
    )
    lines = [
        Line(DAY, owed, ["TRANSFERENCIA", f"FRA {numbers[0]}"]),
        Line(DAY, Decimal("-4.00"), ["COMISION"]),
    ]
    path = tmp_path / "aviso.xml"
    path.write_bytes(camt054(lines))
    return tmp_path / "data", path, numbers[0]


def _refused_in_one_line(data_dir: Path, path: Path) -> str:
    before = dump_tables(data_dir)
    result = run_cli(data_dir, "bank", "import", str(path), "--json")
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert dump_tables(data_dir) == before
    return result.stderr


def test_a_notification_imports_and_a_second_import_changes_nothing(
    notice: tuple[Path, Path, str],
) -> None:
    data_dir, path, number = notice
    first = ok_json(data_dir, "bank", "import", str(path), "--json")
    assert set(first) >= IMPORT_KEYS
    assert (first["movements"], first["new"], first["matched"]) == (2, 2, 1)
    assert ok_json(data_dir, "invoice", "show", number, "--json")["status"] == "paid"
    before = dump_tables(data_dir)
    again = ok_json(data_dir, "bank", "import", str(path), "--json")
    assert (again["new"], again["duplicates"]) == (0, 2)
    assert dump_tables(data_dir) == before


def test_a_broken_notification_exits_2_naming_its_line(notice: tuple[Path, Path, str]) -> None:
    data_dir, path, _number = notice
    path.write_bytes(path.read_bytes().replace(b"</Ntfctn>", b""))
    assert "XML del banco está dañado en la línea 2" in _refused_in_one_line(data_dir, path)


def test_an_entity_trick_exits_2(notice: tuple[Path, Path, str]) -> None:
    data_dir, path, _number = notice
    text = path.read_bytes().replace(b"?>\n", b'?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n')
    path.write_bytes(text.replace(b"COMISION", b"&x;"))
    assert "DOCTYPE" in _refused_in_one_line(data_dir, path)


def test_a_notification_of_another_account_exits_2(notice: tuple[Path, Path, str], tmp_path: Path) -> None:
    data_dir, _path, _number = notice
    other = tmp_path / "otra.xml"
    other.write_bytes(camt054([Line(DAY, Decimal("1.00"), ["X"])], iban="ES7921000813610123456789"))
    assert "ES7921000813610123456789" in _refused_in_one_line(data_dir, other)
