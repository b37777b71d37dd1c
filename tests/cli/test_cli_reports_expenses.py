"""`report vat` (deductible side, result), `report irpf` and `report book --received` (#21) through the
CLI entry point, on a data dir filled by the real services; figures worked out by hand."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from facturas_app.cli.main import run
from facturas_app.services.report_received_book import RECEIVED_COLUMNS
from tests.services.report_helpers import issue, line, make_services

SUPPLIER = {"name": "Papelería Sol S.L.", "tax_id": "B12345674", "country": "ES"}


def _expense(number: str, day: str, base: str, vat: str, **extra: Any) -> dict[str, Any]:
    taxes = [{"base": base, "vat_rate": "21", "vat": vat}]
    return {
        "supplier": SUPPLIER,
        "number": number,
        "issue_date": day,
        "received_on": day,
        "taxes": taxes,
        **extra,
    }


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    s = make_services(folder)
    issue(s, "sol", dt.date(2026, 2, 10), [line("1000")], irpf="15")  # 1000.00 + 210.00, IRPF 150.00
    s.expenses.add(_expense("A-1", "2026-02-12", "100.00", "21.00"))
    s.expenses.add(_expense("G-7", "2026-03-05", "60.33", "12.67", deductible_percent="50"))
    s.expenses.add(_expense("L-2", "2026-03-20", "300.00", "63.00", irpf_rate="15"))  # IRPF 45.00
    return folder


def cli(data: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = run(["--data-dir", str(data), "--today", "2026-06-30", *argv])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_report_vat_adds_the_deductible_side(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(data, capsys, "report", "vat", "--period", "2026Q1")
    assert code == 0, err
    report = json.loads(out)
    assert report["groups"][0]["vat"] == "210.00" and report["invoice_count"] == 1  # the contract's keys
    deductible = report["deductible"]
    assert deductible["vat"] == "90.34"  # 21.00 + round(12.67 / 2) = 6.34 + 63.00
    assert deductible["surcharge"] == "0.00"
    assert deductible["groups"] == [
        {
            "vat_rate": "21",
            "surcharge_rate": "0",
            "base": "460.33",  # 100.00 + 60.33 + 300.00
            "vat": "96.67",  # 21.00 + 12.67 + 63.00
            "deductible_base": "430.17",  # 100.00 + 30.17 + 300.00
            "deductible_vat": "90.34",
            "surcharge": "0.00",
        }
    ]
    assert deductible["irpf_withheld"] == "45.00"
    assert report["result"] == "119.66"  # 210.00 − 90.34
    assert report["modelo_130"]["installment"] == report_irpf(data, capsys)["installment"]


def report_irpf(data: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    code, out, err = cli(data, capsys, "report", "irpf", "--period", "2026Q1")
    assert code == 0, err
    return dict(json.loads(out))


def test_report_irpf_prints_the_130(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    m = report_irpf(data, capsys)
    # simplified estimation (the default): costs 100.00 + (60.33 + 6.33 not deducted) + 300.00 =
    # 466.66; 5 % of 1000.00 − 466.66 = 533.34 is 26.667 → 26.67 hard to justify, inside box 02
    assert {k: m[k] for k in ("income", "expenses", "net", "installment")} == {
        "income": "1000.00",
        "expenses": "493.33",  # 466.66 + 26.67
        "net": "506.67",
        "installment": "0.00",  # 20 % = 101.33, less 150.00 withheld: negative, nothing to pay
    }
    assert (m["hard_to_justify"], m["irpf_method"]) == ("26.67", "simplified")
    assert m["result"] == "-48.67" and m["boxes"]["04"] == "101.33"


def test_business_set_chooses_normal_estimation(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = cli(data, capsys, "business", "show", "--json")
    assert code == 0, err
    profile = json.loads(out)
    assert profile["irpf_method"] == "simplified"
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({**profile, "irpf_method": "modulos", "city": "Cuenca"}), encoding="utf-8")
    code, _, err = cli(data, capsys, "business", "set", str(wrong))
    assert code == 2 and "modulos" in err
    assert json.loads(cli(data, capsys, "business", "show", "--json")[1])["city"] == profile["city"]
    normal = tmp_path / "normal.json"
    normal.write_text(json.dumps({**profile, "irpf_method": "normal"}), encoding="utf-8")
    code, out, err = cli(data, capsys, "business", "set", str(normal), "--json")
    assert code == 0 and json.loads(out)["irpf_method"] == "normal", err
    m = report_irpf(data, capsys)
    assert (m["expenses"], m["net"], m["hard_to_justify"]) == ("466.66", "533.34", "0.00")
    assert m["result"] == "-43.33" and m["boxes"]["04"] == "106.67"  # 20 % of 533.34 − 150.00
    profile.pop("irpf_method")  # a profile without the key keeps the stored method
    normal.write_text(json.dumps(profile), encoding="utf-8")
    assert cli(data, capsys, "business", "set", str(normal))[0] == 0
    assert json.loads(cli(data, capsys, "business", "show", "--json")[1])["irpf_method"] == "normal"


def test_report_book_received(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "recibidas.csv"
    code, out, err = cli(
        data,
        capsys,
        "report",
        "book",
        "--year",
        "2026",
        "--quarter",
        "1",
        "--received",
        "-o",
        str(out_file),
        "--json",
    )
    assert code == 0, err
    assert json.loads(out) == {"path": str(out_file), "invoices": 3, "rows": 3}
    rows = list(csv.reader(out_file.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == list(RECEIVED_COLUMNS)
    assert [r[RECEIVED_COLUMNS.index("Número")] for r in rows[1:]] == ["A-1", "G-7", "L-2"]
    xlsx = tmp_path / "recibidas.xlsx"
    assert cli(data, capsys, "report", "book", "--year", "2026", "--received", "-o", str(xlsx))[0] == 0
    assert xlsx.read_bytes()[:2] == b"PK"


@pytest.mark.parametrize(
    "argv",
    [
        ["report", "irpf", "--period", "2026Q5"],
        ["report", "irpf", "--period", "abc"],
        ["report", "book", "--year", "2026", "--received", "-o", "x.pdf"],
    ],
)
def test_bad_input_exits_2(data: Path, capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _out, err = cli(data, capsys, *argv)
    assert code == 2 and "Traceback" not in err and err.strip()
