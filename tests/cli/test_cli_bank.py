"""`facturas bank import|list|match|unmatch` and `facturas search` as real subprocesses on a real
data dir (#19, #18): CLI.md's JSON keys, a re-import that changes nothing, exit 2 with one clear line
and nothing stored for a broken file or another business's account."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from tests.cli.cli_helpers import TODAY, dump_tables, ok_json, run_cli, seed_in_process
from tests.services.bank.bank_files import Line, n43_account, n43_file

DAY = dt.date.fromisoformat(TODAY) - dt.timedelta(days=1)
IMPORT_KEYS = {"account", "movements", "new", "duplicates", "matched", "suggested", "unmatched"}


@pytest.fixture
def statement(tmp_path: Path) -> tuple[Path, Path, list[str], Decimal]:
    _client, numbers = seed_in_process(tmp_path / "data", issue=2)
    shown = ok_json(tmp_path / "data", "invoice", "show", numbers[0], "--json")
    owed = Decimal(shown["totals"]["outstanding"])
    lines = [
        Line(DAY, owed, ["TRANSFERENCIA", f"FRA {numbers[0]}"]),
        Line(DAY, Decimal("12.34"), ["INGRESO VARIOS"]),
        Line(DAY, Decimal("-4.00"), ["COMISION"]),
    ]
    path = tmp_path / "extracto noviembre.n43"
    path.write_bytes(n43_file(n43_account(lines, DAY, DAY)))
    return tmp_path / "data", path, numbers, owed


def test_import_prints_clis_keys_and_a_second_import_changes_nothing(statement) -> None:  # type: ignore[no-untyped-def]
    data_dir, path, numbers, _owed = statement
    first = ok_json(data_dir, "bank", "import", str(path), "--json")
    assert set(first) >= IMPORT_KEYS
    assert (first["movements"], first["new"], first["matched"], first["unmatched"]) == (3, 3, 1, 2)
    assert ok_json(data_dir, "invoice", "show", numbers[0], "--json")["status"] == "paid"
    before = dump_tables(data_dir)
    again = ok_json(data_dir, "bank", "import", str(path), "--json")
    assert (again["new"], again["duplicates"]) == (0, 3)
    assert {k: v for k, v in dump_tables(data_dir).items() if k != "events"} == {
        k: v for k, v in before.items() if k != "events"
    }


def test_list_match_and_unmatch(statement) -> None:  # type: ignore[no-untyped-def]
    data_dir, path, numbers, _owed = statement
    ok_json(data_dir, "bank", "import", str(path), "--json")
    matched = ok_json(data_dir, "bank", "list", "--state", "matched", "--json")
    assert [m["invoice_numbers"] for m in matched] == [[numbers[0]]]
    assert set(matched[0]) >= {"id", "date", "amount", "concept", "state", "invoice_numbers"}
    (loose,) = ok_json(data_dir, "bank", "list", "--state", "unmatched", "--json")
    partial = ok_json(data_dir, "bank", "match", loose["id"], numbers[1], "--json")
    assert partial["state"] == "matched" and partial["invoice_numbers"] == [numbers[1]]
    assert ok_json(data_dir, "invoice", "show", numbers[1], "--json")["status"] == "partially_paid"
    undone = ok_json(data_dir, "bank", "unmatch", loose["id"], "--json")
    assert undone["state"] == "unmatched"
    assert ok_json(data_dir, "invoice", "show", numbers[1], "--json")["status"] != "partially_paid"


def test_a_broken_file_exits_2_naming_its_line_and_stores_nothing(statement) -> None:  # type: ignore[no-untyped-def]
    data_dir, path, _numbers, _owed = statement
    records = path.read_bytes().decode("latin-1").split("\r\n")
    records[1] = records[1][:30] + "XX" + records[1][32:]
    path.write_bytes("\r\n".join(records).encode("latin-1"))
    before = dump_tables(data_dir)
    result = run_cli(data_dir, "bank", "import", str(path), "--json")
    assert (
        result.returncode == 2 and "línea 2" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    )
    assert dump_tables(data_dir) == before


def test_another_account_exits_2(statement, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir, _path, _numbers, _owed = statement
    other = tmp_path / "otra.n43"
    other.write_bytes(
        n43_file(n43_account([Line(DAY, Decimal("1.00"), ["X"])], DAY, DAY, ("0049", "1500", "2710229999")))
    )
    result = run_cli(data_dir, "bank", "import", str(other))
    assert result.returncode == 2 and "004915002710229999" in result.stderr


def test_search_finds_a_client_and_an_invoice(statement) -> None:  # type: ignore[no-untyped-def]
    data_dir, _path, numbers, _owed = statement
    hits = ok_json(data_dir, "search", numbers[0], "--json")
    assert [(h["kind"], h["title"]) for h in hits] == [("invoice", numbers[0])]
    clients = json.loads(run_cli(data_dir, "search", "inmobiliaria", "--json").stdout)
    assert [h["kind"] for h in clients][:1] == ["client"]
