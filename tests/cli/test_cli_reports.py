"""`facturas report ...` end to end through the CLI entry point (in process), on a temp data dir."""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from facturas_app.cli.main import run

D = Decimal
TODAY = "2026-06-30"


class Cli:
    def __init__(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.tmp = tmp_path
        self.data = tmp_path / "data"
        self.capsys = capsys
        self.files = 0

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        try:
            code = run(["--data-dir", str(self.data), "--today", TODAY, *argv])
        except SystemExit as exc:  # argparse's own errors (exit 2)
            code = int(exc.code or 0)
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *argv: str) -> Any:
        code, out, err = self(*argv)
        assert code == 0, err
        return json.loads(out)

    def file(self, value: Any) -> str:
        self.files += 1
        path = self.tmp / f"in{self.files}.json"
        path.write_text(json.dumps(value), encoding="utf-8")
        return str(path)

    def invoice(
        self, client_id: str, date: str, price: str, vat: str = "21", irpf: str = "0"
    ) -> dict[str, Any]:
        line = {"description": "Servicio", "quantity": "1", "unit_price": price, "vat_rate": vat}
        draft = self.json(
            "invoice", "draft", self.file({"client_id": client_id, "lines": [line], "irpf_rate": irpf})
        )
        issued = self.json("invoice", "issue", draft["id"], "--date", date)
        return dict(self.json("invoice", "show", issued["number"], "--json"))


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    c = Cli(tmp_path, capsys)
    business = {
        "name": "Laura Gómez Ruiz",
        "tax_id": "12345678Z",
        "address": "Calle Mayor 1",
        "postal_code": "28001",
        "city": "Madrid",
        "country": "ES",
    }
    assert c("business", "set", c.file(business))[0] == 0
    return c


def _client(cli: Cli, name: str, tax_id: str) -> str:
    address = {"address": "Av. del Puerto 22", "postal_code": "46021", "city": "Valencia"}  # art. 6
    payload = {"name": name, "tax_id": tax_id, "country": "ES", **address}
    return str(cli.json("client", "add", cli.file(payload))["id"])


def test_report_vat_keys_and_quarter_boundary(cli: Cli) -> None:
    sol = _client(cli, "Inmobiliaria Sol S.A.", "A58818501")
    march = cli.invoice(sol, "2026-03-31", "1000", irpf="15")
    april = cli.invoice(sol, "2026-04-01", "200")
    q1 = cli.json("report", "vat", "--period", "2026Q1")
    assert list(q1)[:6] == [
        "period",
        "groups",
        "exempt_base",
        "reverse_charge_base",
        "irpf_withheld",
        "invoice_count",
    ]
    assert set(q1["groups"][0]) == {"vat_rate", "surcharge_rate", "base", "vat", "surcharge"}
    tax = march["totals"]["taxes"][0]
    assert q1["groups"] == [{k: tax[k] for k in ("vat_rate", "surcharge_rate", "base", "vat", "surcharge")}]
    assert q1["period"] == "2026Q1" and q1["invoice_count"] == 1
    assert q1["irpf_withheld"] == march["totals"]["irpf"] == "150.00"
    assert q1["boxes"]["07"] == "1000.00" and q1["boxes"]["09"] == "210.00" and q1["boxes"]["08"] == "21"
    q2 = cli.json("report", "vat", "--period", "2026Q2")
    assert q2["groups"][0]["base"] == april["totals"]["base"] and q2["invoice_count"] == 1
    assert q2["ytd_income"] == "1200.00" and q2["boxes_130"] == {"01": "1200.00", "06": "150.00"}


def test_report_vat_counts_rectifying_by_difference_and_skips_cancelled(cli: Cli) -> None:
    sol = _client(cli, "Inmobiliaria Sol S.A.", "A58818501")
    original = cli.invoice(sol, "2026-03-10", "1000")
    cancelled = cli.invoice(sol, "2026-03-11", "777")
    assert cli("invoice", "cancel", cancelled["number"], "--reason", "Error")[0] == 0
    line = {"description": "Servicio", "quantity": "1", "unit_price": "900", "vat_rate": "21"}
    draft = cli.json(
        "invoice", "rectify", original["number"], cli.file({"lines": [line]}), "--reason", "Descuento"
    )
    cli.json("invoice", "issue", draft["id"], "--date", "2026-04-02")
    q1 = cli.json("report", "vat", "--period", "2026Q1")
    assert q1["groups"][0]["base"] == "1000.00" and q1["invoice_count"] == 1
    q2 = cli.json("report", "vat", "--period", "2026Q2")
    assert q2["groups"][0]["base"] == "-100.00" and q2["groups"][0]["vat"] == "-21.00"
    assert q2["boxes"]["14"] == "-100.00" and q2["boxes"]["15"] == "-21.00"


def test_report_clients_347_threshold(cli: Cli) -> None:
    at = _client(cli, "Cliente Exacto", "00000000T")
    above = _client(cli, "Cliente Encima", "00000002W")
    cli.invoice(at, "2026-02-01", "2483.52")  # 2483.52 + 521.54 VAT = 3005.06: not "more than"
    cli.invoice(above, "2026-02-01", "1000")
    cli.invoice(above, "2026-05-01", "1483.53")
    listed = cli.json("report", "clients-347", "--year", "2026")
    assert listed == [
        {
            "client_id": above,
            "tax_id": "00000002W",
            "name": "Cliente Encima",
            "total": "3005.07",
            "quarters": ["1210.00", "1795.07", "0.00", "0.00"],
        }
    ]


def test_report_book_csv_and_xlsx(cli: Cli) -> None:
    sol = _client(cli, "Inmobiliaria Sol S.A.", "A58818501")
    first = cli.invoice(sol, "2026-01-05", "85.50")
    cli.invoice(sol, "2026-04-05", "10")
    out = cli.tmp / "libro.csv"
    assert cli("report", "book", "--year", "2026", "--quarter", "1", "-o", str(out))[0] == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) == 2 and rows[1][1] == first["number"]
    assert rows[1][0] == "05/01/2026" and "85,50" in rows[1] and "103,46" in rows[1]  # AEAT: dd/mm/yyyy
    xlsx = cli.tmp / "libro.xlsx"
    assert cli("report", "book", "--year", "2026", "-o", str(xlsx))[0] == 0
    from openpyxl import load_workbook

    values = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    assert len(values) == 3 and D(str(values[1][9])) == D("85.50")


def test_report_ops_349_and_pack(cli: Cli) -> None:
    paris = str(
        cli.json(
            "client", "add", cli.file({"name": "Société Paris", "tax_id": "FR40303265045", "country": "FR"})
        )["id"]
    )
    line = {
        "description": "Máquina",
        "quantity": "1",
        "unit_price": "1500",
        "vat_rate": "0",
        "exemption": "E5",
    }
    draft = cli.json("invoice", "draft", cli.file({"client_id": paris, "lines": [line]}))
    cli.json("invoice", "issue", draft["id"], "--date", "2026-02-03")
    assert cli.json("report", "ops-349", "--year", "2026") == [
        {
            "client_id": paris,
            "tax_id": "FR40303265045",
            "country": "FR",
            "name": "Société Paris",
            "quarter": 1,
            "base": "1500.00",
        }
    ]
    zip_path = cli.tmp / "gestor" / "2026T1.zip"
    assert cli("report", "pack", "--year", "2026", "--quarter", "1", "-o", str(zip_path))[0] == 0
    import zipfile

    with zipfile.ZipFile(zip_path) as z:
        assert "libro_facturas_expedidas_2026T1.xlsx" in z.namelist()
        summary = json.loads(z.read("resumen_2026T1.json"))
    assert summary["boxes"]["59"] == "1500.00" and summary["exempt_base"] == "1500.00"


@pytest.mark.parametrize(
    "argv",
    [
        ["report", "vat", "--period", "2026Q5"],
        ["report", "vat", "--period", "abc"],
        ["report", "book", "--year", "abc", "-o", "x.csv"],
        ["report", "book", "--year", "2026", "--quarter", "5", "-o", "x.csv"],
        ["report", "book", "--year", "2026", "-o", "x.pdf"],
        ["report", "clients-347", "--year", "abc"],
        ["report", "clients-347", "--year", "99"],
    ],
)
def test_bad_input_exits_2(cli: Cli, argv: list[str]) -> None:
    code, _out, err = cli(*argv)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
