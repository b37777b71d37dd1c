"""`facturas backup/restore/import/export` through the real CLI entry point and a real data folder."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from facturas_app.bootstrap import build_services
from facturas_app.cli.main import run
from tests.fakes import FixedClock
from tests.storage.safety_helpers import TODAY, issue_one, seed

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
SAMPLES = {  # file -> (kind, rows it holds)
    "factusol_clients.csv": ("clients", 2),
    "factusol_products.csv": ("products", 2),
    "generic_clients.csv": ("clients", 3),
    "generic_clients_en_bom.csv": ("clients", 2),
    "generic_products.csv": ("products", 4),
    "generic_products_en.tsv": ("products", 3),
    "holded_contacts.csv": ("clients", 2),
    "holded_products.csv": ("products", 2),
    "quipu_contacts.csv": ("clients", 2),
}
INVALID = {"invalid_clients.csv": ("clients", [4, 5, 7]), "invalid_products.csv": ("products", [3, 4, 5])}


@dataclass
class Outcome:
    code: int
    out: str
    err: str


def cli(folder: Path, *args: str) -> Outcome:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(["--data-dir", str(folder), "--today", TODAY.isoformat(), *args])
    return Outcome(code, out.getvalue(), err.getvalue())


def _count(folder: Path, kind: str) -> int:
    services = build_services(folder, clock=FixedClock(TODAY))
    try:
        return services.clients.count() if kind == "clients" else len(services.products.list())
    finally:
        services.close()


def test_every_sample_file_is_in_the_table() -> None:
    assert {p.name for p in DATA.iterdir()} == set(SAMPLES) | set(INVALID)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_import_each_sample(tmp_path: Path, name: str) -> None:
    kind, rows = SAMPLES[name]
    result = cli(tmp_path, "import", kind, str(DATA / name), "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["imported"] == rows
    assert _count(tmp_path, kind) == rows


@pytest.mark.parametrize("name", sorted(INVALID))
def test_invalid_file_imports_nothing_and_prints_line_numbers(tmp_path: Path, name: str) -> None:
    kind, lines = INVALID[name]
    cli(
        tmp_path,
        "import",
        kind,
        str(DATA / ("generic_clients.csv" if kind == "clients" else "generic_products.csv")),
    )
    before = _count(tmp_path, kind)
    result = cli(tmp_path, "import", kind, str(DATA / name))
    assert result.code == 2
    assert _count(tmp_path, kind) == before
    assert "no se ha importado nada" in result.err and "Traceback" not in result.err
    for line in lines:
        assert f"línea {line}," in result.err


def test_import_from_stdin_dash_and_english_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"name;unit_price;vat_rate\nX;abc;21\n")))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(["--data-dir", str(tmp_path), "--lang", "en", "import", "products", "-"])
    assert code == 2
    assert "line 2, unit_price" in err.getvalue() and "nothing was imported" in err.getvalue()


def test_backup_then_restore_refuses_losing_invoices_unless_forced(tmp_path: Path) -> None:
    """Invoices issued without billing records (VERI*FACTU off): --force may still drop them; with
    records it never may (tests/services/test_restore_chain.py)."""
    seed(tmp_path)
    services = build_services(tmp_path, clock=FixedClock(TODAY))
    try:
        services.verifactu.set_mode("off")
        issue_one(services)
        backup = tmp_path.parent / "copia.sqlite3"
        made = cli(tmp_path, "backup", "-o", str(backup), "--json")
        assert made.code == 0 and json.loads(made.out)["issued_count"] == 1
        later = [issue_one(services), issue_one(services)]
    finally:
        services.close()
    refused = cli(tmp_path, "restore", str(backup))
    assert refused.code == 2
    assert all(number in refused.err for number in later)  # F-2026-0002, F-2026-0003 named
    assert _issued_numbers(tmp_path) == ["F-2026-0001", *later]  # nothing changed
    forced = cli(tmp_path, "restore", str(backup), "--force", "--json")
    assert forced.code == 0, forced.err
    assert json.loads(forced.out)["lost_numbers"] == later
    assert _issued_numbers(tmp_path) == ["F-2026-0001"]
    assert cli(tmp_path, "restore", str(tmp_path / "nope.sqlite3")).code == 2


def test_moving_to_another_computer_restores_into_an_empty_data_dir_with_the_chain(
    tmp_path: Path,
) -> None:
    old_pc, new_pc = tmp_path / "old", tmp_path / "new"
    seed(old_pc)
    services = build_services(old_pc, clock=FixedClock(TODAY))
    try:
        numbers = [issue_one(services) for _ in range(3)]
        services.invoices.cancel(numbers[1], "Pedido anulado")  # an anulación in the chain too
    finally:
        services.close()
    backup = tmp_path / "usb" / "copia.sqlite3"
    assert cli(old_pc, "backup", "-o", str(backup)).code == 0
    restored = cli(new_pc, "restore", str(backup), "--json")  # new_pc did not exist before
    assert restored.code == 0, restored.err
    verified = cli(new_pc, "verifactu", "verify")
    assert verified.code == 0, verified.out + verified.err
    status = json.loads(cli(new_pc, "verifactu", "status", "--json").out)
    assert (status["altas"], status["anulaciones"]) == (3, 1)
    services = build_services(new_pc, clock=FixedClock(TODAY))
    try:
        last = services.verifactu.rows()[-1]
        assert issue_one(services) == "F-2026-0004"  # the numbering goes on where it was
        assert services.verifactu.rows()[-1].previous_huella == last.huella
        assert services.verifactu.verify().intact
    finally:
        services.close()


def test_backup_into_the_backups_folder(tmp_path: Path) -> None:
    seed(tmp_path)
    result = cli(tmp_path, "backup")
    assert result.code == 0 and "Copia de seguridad creada" in result.out
    assert len(list((tmp_path / "backups").glob("facturas-*-manual.sqlite3"))) == 1


def _issued_numbers(folder: Path) -> list[str]:
    result = cli(folder, "invoice", "list", "--json")
    return sorted(item["number"] for item in json.loads(result.out) if item["number"])


def test_export_clients_csv_is_formula_safe(tmp_path: Path) -> None:
    (tmp_path / "evil.csv").write_text("Nombre;Población\n@1+1;=SUM(A1)\n-2+3;+ciudad\n", encoding="utf-8")
    assert cli(tmp_path, "import", "clients", str(tmp_path / "evil.csv")).code == 0
    assert cli(tmp_path, "export", "clients", "-o", str(tmp_path / "out.csv")).code == 0
    rows = list(csv.reader(io.StringIO((tmp_path / "out.csv").read_text("utf-8-sig")), delimiter=";"))
    cells = [cell for row in rows[1:] for cell in row]
    assert {"'@1+1", "'=SUM(A1)", "'-2+3", "'+ciudad"} <= set(cells)
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]


def test_export_all_zip(tmp_path: Path) -> None:
    seed(tmp_path)
    services = build_services(tmp_path, clock=FixedClock(TODAY))
    try:
        issue_one(services)
    finally:
        services.close()
    result = cli(tmp_path, "export", "--all", "-o", str(tmp_path / "todo.zip"), "--json")
    assert result.code == 0, result.err
    summary = json.loads(result.out)
    assert summary["invoices"] == 1 and summary["clients"] == 1
    with zipfile.ZipFile(tmp_path / "todo.zip") as archive:
        assert {"manifest.json", "business.json", "clients.json", "products.json", "invoices.json"} <= set(
            archive.namelist()
        )
    assert cli(tmp_path, "export", "-o", str(tmp_path / "x.zip")).code == 2  # neither --all nor a kind


def test_backup_if_due_makes_one_daily_copy(tmp_path: Path) -> None:
    seed(tmp_path)
    first = cli(tmp_path, "backup", "--if-due", "--json")
    assert first.code == 0 and json.loads(first.out)["kind"] == "daily"
    again = cli(tmp_path, "backup", "--if-due", "--json")
    assert again.code == 0 and json.loads(again.out) is None
    assert len(list((tmp_path / "backups").glob("*-daily.sqlite3"))) == 1
