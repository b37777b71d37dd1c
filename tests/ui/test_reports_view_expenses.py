"""The Reports view's both sides of the quarter (#21) over real services on a temp SQLite file: the
figures on screen are the ones `facturas report vat --json` / `report irpf --json` print for the same
data folder (run through the real CLI), a few worked out by hand beside them; the received book
exported from the view is read back."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from facturas_app.bootstrap import Services
from facturas_app.cli.main import run
from facturas_app.services.report_received_book import RECEIVED_COLUMNS
from tests.services.report_helpers import D, issue, line, make_services
from tests.ui.helpers import runner, ui_settings  # noqa: F401  (fixtures)
from ui.views.reports import ReportsView
from ui.widgets.money import format_money, format_rate

TODAY = dt.date(2026, 6, 30)
SUPPLIER = {"name": "Papelería Sol S.L.", "tax_id": "B12345674", "country": "ES"}
GERMAN = {"name": "Software GmbH", "tax_id": "DE136695976", "country": "DE"}


def add(services: Services, supplier: Any, number: str, day: str, taxes: Any, **extra: Any) -> None:
    payload = {"supplier": supplier, "number": number, "issue_date": day, "received_on": day, "taxes": taxes}
    services.expenses.add({**payload, **extra})


def group(base: str, rate: str, vat: str, re_rate: str = "0", re: str = "0", **extra: str) -> dict[str, str]:
    return {"base": base, "vat_rate": rate, "vat": vat, "surcharge_rate": re_rate, "surcharge": re, **extra}


@pytest.fixture
def services(tmp_path: Path, ui_settings: None) -> Iterator[Services]:  # noqa: F811
    s = make_services(tmp_path / "data", today=TODAY)
    issue(s, "sol", dt.date(2026, 2, 10), [line("1000")], irpf="15")  # 21 %: 1000.00 + 210.00, IRPF 150
    add(s, SUPPLIER, "A-1", "2026-02-12", [group("100.00", "21", "21.00")])
    add(s, SUPPLIER, "C-7", "2026-03-05", [group("60.33", "21", "12.67")], deductible_percent="50")  # a car
    add(s, SUPPLIER, "A-1R", "2026-03-20", [group("20.00", "21", "4.20")], credit_note=True)
    add(s, SUPPLIER, "R-3", "2026-03-26", [group("50.00", "10", "5.00", "1.4", "0.70")])  # recargo paid
    add(s, GERMAN, "K-9", "2026-03-27", [group("500.00", "0", "0.00", vat_category="AE")])  # to self-assess
    add(s, SUPPLIER, "B-2", "2026-04-10", [group("300.00", "21", "63.00")])  # Q2: nothing issued
    yield s
    s.close()


@pytest.fixture
def view(qtbot: Any, services: Services, runner: Any) -> ReportsView:  # noqa: F811
    widget = ReportsView(services, runner)
    qtbot.addWidget(widget)
    widget.resize(1180, 640)
    widget.show()
    return widget


def cli_json(services: Services, capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    capsys.readouterr()
    assert run(["--data-dir", str(services.data_dir), "--today", TODAY.isoformat(), *argv]) == 0
    return json.loads(capsys.readouterr().out)


def show_quarter(view: ReportsView, quarter: int) -> None:
    view.year.setValue(2026)
    view.quarter.setCurrentIndex(quarter)
    view.refresh()
    view.tabs.setCurrentWidget(view.sides)


def money(text: str) -> str:
    return format_money(D(text))


def test_both_sides_show_the_cli_figures(
    view: ReportsView, services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    vat = cli_json(services, capsys, "report", "vat", "--period", "2026Q1")
    irpf = cli_json(services, capsys, "report", "irpf", "--period", "2026Q1")
    show_quarter(view, 1)
    shown = view.sides.figures()
    for box, value in vat["boxes"].items():  # the sales side, as before
        rate = box in ("02", "05", "08", "151", "154")
        assert shown[f"303-{box}"] == (format_rate(D(value)) if rate else money(value)), box
    deductible = vat["deductible"]
    for box, value in deductible["boxes"].items():
        assert shown[f"303-{box}"] == money(value), box
    assert deductible["boxes"]["45"] == "28.14"  # 21.00 + round(12.67 × 50 %) 6.34 − 4.20 + 5.00
    assert shown["303-40"] == money("-20.00") and shown["303-41"] == money("-4.20")  # the credit note
    assert shown["IVA soportado no deducible"] == money(deductible["non_deductible_vat"]) == money("6.33")
    surcharge = shown["Recargo de equivalencia soportado (no deducible)"]
    assert surcharge == money(deductible["surcharge"]) == money("0.70")
    self_assessed = shown["Bases a autoliquidar (ISP e intracomunitarias)"]
    assert self_assessed == money(deductible["self_assessed_base"]) == money("500.00")
    assert shown["Facturas recibidas del periodo"] == "5"
    groups = view.sides.groups
    rows = [[groups.item(r, c).text() for c in range(5)] for r in range(groups.rowCount())]
    expected = [[g["base"], g["vat"], g["deductible_vat"], g["surcharge"]] for g in deductible["groups"]]
    assert [row[1:] for row in rows] == [[money(v) for v in g] for g in expected]
    assert [row[0] for row in rows] == ["21 %", "10 % + RE 1,4 %", "0 %"]
    assert vat["result"] == "181.86"  # 210.00 − 28.14
    assert view.sides.result.text() == (
        f"<b>Resultado del modelo 303 (casilla 46) · A ingresar: {money(vat['result'])}</b>"
    )
    assert f"= 46 {money(vat['result'])}" in view.sides.result_detail.text()
    for box, value in irpf["boxes"].items():
        assert shown[f"130-{box}"] == money(value), box
    assert shown["130-instalment"] == money(irpf["installment"]) == money("0.00")
    # 100 + 66.66 − 20 + 50.70 + 500 = 697.36 (costs include what is not deducted), and in
    # simplified estimation (the default) 5 % of 1000.00 − 697.36 = 302.64: 15.132 → 15.13
    assert (irpf["expenses"], irpf["hard_to_justify"]) == ("712.49", "15.13")
    assert money("15.13") in shown["130-note"] and "simplificada" in shown["130-note"]
    assert "130" not in [view.vat_table.item(r, 0).text() for r in range(view.vat_table.rowCount())]


def test_more_deductible_than_due_is_carried_forward(
    view: ReportsView, services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    vat = cli_json(services, capsys, "report", "vat", "--period", "2026Q2")
    show_quarter(view, 2)
    assert vat["result"] == "-63.00"
    assert "A compensar: " + money("63.00") in view.sides.result.text()
    assert view.sides.figures()["303-45"] == money("63.00")


def test_a_whole_year_asks_for_a_quarter(view: ReportsView) -> None:
    view.quarter.setCurrentIndex(0)  # Año completo
    view.refresh()
    assert view.sides.deductible.item(0, 1).text() == "Elija un trimestre"
    assert view.sides.result.text() == ""


def _csv(path: Path) -> list[list[str]]:
    return list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))


def test_received_book_export_is_read_back(view: ReportsView, tmp_path: Path, qtbot: Any) -> None:
    show_quarter(view, 1)
    with qtbot.waitSignal(view.exported, timeout=5000):
        view.export_received_book(tmp_path / "recibidas.csv")
    rows = _csv(tmp_path / "recibidas.csv")
    assert rows[0] == list(RECEIVED_COLUMNS)
    number = RECEIVED_COLUMNS.index("Número")
    assert [r[number] for r in rows[1:]] == ["A-1", "C-7", "A-1R", "R-3", "K-9"]  # Q1 only, by date
    base = RECEIVED_COLUMNS.index("Base imponible")
    assert rows[3][base] == "-20,00"  # the credit note, as the CLI's book writes it
    assert "recibidas.csv" in view.status.text()
    assert view.received_button.isEnabled()


def test_the_button_asks_where_and_writes_excel(
    view: ReportsView, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook

    asked: list[str] = []

    def answer(_parent: Any, _title: str, name: str, filters: str) -> tuple[str, str]:
        asked.append(name)
        return str(tmp_path / "libro"), filters.split(";;")[1]  # no suffix typed, Excel chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    show_quarter(view, 1)
    with qtbot.waitSignal(view.exported, timeout=5000):
        view.received_button.click()
    assert asked == ["libro_facturas_recibidas_2026T1.csv"]
    sheet = load_workbook(tmp_path / "libro.xlsx", read_only=True).worksheets[0]
    values = list(sheet.values)
    assert list(values[0]) == list(RECEIVED_COLUMNS) and len(values) == 6
