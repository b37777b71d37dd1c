"""`report vat` / `report irpf` / the received book / the pack with expenses (#21), through the real
services on a temp SQLite file: invoices issued and expenses recorded as a user would, every
expected figure worked out by hand beside it."""

from __future__ import annotations

import csv
import datetime as dt
import json
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from facturas_app.bootstrap import Services
from facturas_app.services.report_files import summary_json, summary_rows
from facturas_app.services.report_received_book import RECEIVED_COLUMNS
from tests.services.report_helpers import issue, line, make_services

D = Decimal
SUPPLIER = {"name": "Papelería Sol S.L.", "tax_id": "B12345674", "country": "ES"}


def add(services: Services, number: str, day: str, taxes: list[dict[str, str]], **extra: Any) -> str:
    payload = {"supplier": SUPPLIER, "number": number, "issue_date": day, "received_on": day, "taxes": taxes}
    return services.expenses.add({**payload, **extra}).id


def group(base: str, rate: str, vat: str, re_rate: str = "0", re: str = "0") -> dict[str, str]:
    return {"base": base, "vat_rate": rate, "vat": vat, "surcharge_rate": re_rate, "surcharge": re}


@pytest.fixture
def services(tmp_path: Path) -> Services:
    s = make_services(tmp_path / "data")
    issue(s, "sol", dt.date(2026, 2, 10), [line("1000")], irpf="15")  # 1000.00 + 210.00, IRPF 150.00
    issue(s, "luna", dt.date(2026, 5, 5), [line("500")])  # 500.00 + 105.00
    add(s, "A-1", "2026-02-12", [group("100.00", "21", "21.00")])
    add(s, "G-7", "2026-03-05", [group("60.33", "21", "12.67")], deductible_percent="50")
    add(s, "M-3", "2026-04-20", [group("200.00", "21", "42.00", "5.2", "10.40")])
    # a credit note written with positive amounts, as a UBL CreditNote states it: stored negative
    add(s, "A-1R", "2026-05-02", [group("20.00", "21", "4.20")], credit_note=True)
    add(s, "L-2", "2026-06-01", [group("300.00", "21", "63.00")], irpf_rate="15")  # IRPF 45.00
    disputed = add(s, "X-1", "2026-06-15", [group("1000.00", "21", "210.00")])
    s.expenses.set_status(disputed, "rejected", reason="No es nuestro pedido")
    return s


def test_vat_report_has_both_sides(services: Services) -> None:
    q1 = services.reports.vat_summary("2026Q1")
    assert q1.deductible is not None and q1.boxes["27"] == D("210.00")
    assert q1.deductible.vat == D("27.34")  # 21.00 + round(12.67 × 50 % = 6.335) = 6.34
    assert q1.result == D("182.66")  # 210.00 − 27.34
    q2 = services.reports.vat_summary("2026Q2")
    assert q2.deductible is not None
    assert q2.deductible.boxes == {
        "28": D("500.00"),  # 200.00 + 300.00
        "29": D("105.00"),  # 42.00 + 63.00
        "40": D("-20.00"),
        "41": D("-4.20"),
        "45": D("100.80"),
    }
    assert q2.deductible.surcharge == D("10.40") and q2.deductible.irpf_withheld == D("45.00")
    assert q2.result == D("4.20")  # 105.00 − 100.80
    data = summary_json(q2)
    assert data["deductible"]["vat"] == "100.80" and data["deductible"]["surcharge"] == "10.40"
    assert data["result"] == "4.20"
    assert data["boxes_130"] == {"01": "1500.00", "06": "150.00"}  # the keys that were there stay


def test_irpf_report_year_to_date(services: Services) -> None:
    services.business.save(services.business.require(), "normal")  # estimación directa normal
    q1 = services.reports.irpf_summary("2026Q1")
    assert (q1.income, q1.expenses, q1.net) == (D("1000.00"), D("166.66"), D("833.34"))  # 100 + 66.66
    assert (q1.share, q1.withheld, q1.installment) == (D("166.67"), D("150.00"), D("16.67"))
    q2 = services.reports.irpf_summary("2026Q2")
    assert q2.income == D("1500.00")
    assert q2.expenses == D("657.06")  # 166.66 + 210.40 − 20.00 + 300.00; the rejected one left out
    assert q2.net == D("842.94")
    assert q2.share == D("168.59")  # 20 % of 842.94 = 168.588
    assert q2.previous == D("16.67")
    assert q2.result == q2.installment == D("1.92")  # 168.59 − 16.67 − 150.00
    assert q2.hard_to_justify == 0 and q2.method == "normal"


def test_simplified_estimation_counts_the_hard_to_justify_expenses(services: Services) -> None:
    """The default method: box 02 adds 5 % of the net return before it (art. 30.2ª RIRPF)."""
    assert services.business.irpf_method() == "simplified"
    q1 = services.reports.irpf_summary("2026Q1")
    assert q1.hard_to_justify == D("41.67")  # 5 % of (1000.00 − 166.66 = 833.34) = 41.667
    assert (q1.expenses, q1.net) == (D("208.33"), D("791.67"))  # 166.66 + 41.67; 1000.00 − 208.33
    assert (q1.share, q1.installment) == (D("158.33"), D("8.33"))  # 158.334; 158.33 − 150.00
    q2 = services.reports.irpf_summary("2026Q2")
    assert q2.hard_to_justify == D("42.15")  # 5 % of (1500.00 − 657.06 = 842.94) = 42.147
    assert (q2.expenses, q2.net) == (D("699.21"), D("800.79"))
    assert q2.share == D("160.16")  # 20 % of 800.79 = 160.158
    assert q2.result == q2.installment == D("1.83")  # 160.16 − 8.33 (Q1 paid) − 150.00


def test_received_book_of_the_quarter(services: Services, tmp_path: Path) -> None:
    book = services.reports.received_book(2026, 2)
    assert book.expense_count == 3
    numbers = [row[RECEIVED_COLUMNS.index("Número")] for row in book.rows]
    assert numbers == ["M-3", "A-1R", "L-2"]
    credit = book.rows[1]
    assert credit[RECEIVED_COLUMNS.index("Base imponible")] == D("-20.00")
    assert credit[RECEIVED_COLUMNS.index("Tipo de factura")] == "R1"
    assert book.rows[2][RECEIVED_COLUMNS.index("Importe retenido IRPF")] == D("45.00")


def _csv(path: Path) -> list[list[str]]:
    return list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))


def test_the_pack_carries_the_received_book_and_the_full_summary(services: Services, tmp_path: Path) -> None:
    files = services.reports.quarter_pack(2026, 2, tmp_path / "pack")
    names = {f.name for f in files}
    assert {"libro_facturas_recibidas_2026T2.csv", "libro_facturas_recibidas_2026T2.xlsx"} <= names
    received = _csv(tmp_path / "pack" / "libro_facturas_recibidas_2026T2.csv")
    assert received[0] == list(RECEIVED_COLUMNS) and len(received) == 4
    rows = _csv(tmp_path / "pack" / "resumen_303_130_2026T2.csv")
    assert ["303", "45", "Total a deducir", "100,80"] in rows
    assert ["303", "46", "Resultado régimen general", "4,20"] in rows
    # simplified estimation (the default): 657.06 recorded + 42.15 hard to justify, shown apart
    assert ["130", "02", "Gastos fiscalmente deducibles (acumulado)", "699,21"] in rows
    hard = "de ellos, gastos de difícil justificación (5 %, máx. 2.000 €)"
    assert (
        rows.index(["130", "02", hard, "42,15"])
        == rows.index(["130", "03", "Rendimiento neto (01 − 02)", "800,79"]) - 1
    )
    assert ["130", "", "Pago fraccionado a ingresar", "1,83"] in rows
    boxes_303 = [int(r[1]) for r in rows[1:] if r[0] == "303"]
    assert boxes_303 == sorted(boxes_303)
    summary = json.loads((tmp_path / "pack" / "resumen_2026T2.json").read_text(encoding="utf-8"))
    assert summary["modelo_130"]["installment"] == "1.83"
    assert summary["modelo_130"]["hard_to_justify"] == "42.15"
    [archive] = services.reports.quarter_pack(2026, 2, tmp_path / "gestor.zip")
    with zipfile.ZipFile(archive) as z:
        assert sorted(z.namelist()) == sorted(names)


def test_no_expenses_leaves_the_sales_side_as_it_was(tmp_path: Path) -> None:
    s = make_services(tmp_path / "data")
    issue(s, "sol", dt.date(2026, 2, 10), [line("1000")], irpf="15")
    q1 = s.reports.vat_summary("2026Q1")
    assert q1.deductible is not None and q1.deductible.vat == 0 and q1.result == D("210.00")
    rows = summary_rows(q1)
    assert ("130", "01", "Ingresos computables (acumulado del año)", D("1000.00")) in rows
    assert ("130", "06", "Retenciones e ingresos a cuenta (acumulado)", D("150.00")) in rows


def test_vat_is_deducted_in_the_quarter_received_and_the_cost_dated_by_the_invoice(tmp_path: Path) -> None:
    """An invoice of 30 September received on 2 October: its VAT is not held until Q4 (the 303 and
    the received book of Q4), while the 130 counts the cost in Q3, by its date."""
    s = make_services(tmp_path / "data")
    payload = {"supplier": SUPPLIER, "number": "S-9", "issue_date": "2026-09-30", "received_on": "2026-10-02"}
    s.expenses.add({**payload, "taxes": [group("400.00", "21", "84.00")]})
    q3, q4 = s.reports.vat_summary("2026Q3"), s.reports.vat_summary("2026Q4")
    assert q3.deductible is not None and q3.deductible.vat == D("0.00")
    assert q4.deductible is not None and q4.deductible.vat == D("84.00")
    assert [len(s.reports.received_book(2026, q).rows) for q in (3, 4)] == [0, 1]
    booked = dict(zip(RECEIVED_COLUMNS, s.reports.received_book(2026, 4).rows[0], strict=False))
    assert (booked["Ejercicio"], booked["Periodo"]) == (2026, "4T")  # the period received, as the 303
    assert s.reports.irpf_summary("2026Q3").expenses == D("400.00")


def test_a_foreign_suppliers_own_vat_is_not_deducted_and_is_a_cost(tmp_path: Path) -> None:
    """A Dutch hotel's 21 % Dutch VAT is not Spanish VAT: nothing to the 303 (it is claimed in the
    Netherlands), the whole of it a cost for the 130, and the received book deducts none of it."""
    s = make_services(tmp_path / "data")
    hotel = {"name": "Hotel Amstel B.V.", "tax_id": "NL820098395B01", "country": "NL"}
    payload = {"supplier": hotel, "number": "H-1", "issue_date": "2026-10-05", "received_on": "2026-10-05"}
    s.expenses.add({**payload, "taxes": [group("200.00", "21", "42.00")]})
    q4 = s.reports.vat_summary("2026Q4")
    assert (
        q4.deductible is not None and q4.deductible.vat == D("0.00") and q4.deductible.boxes["29"] == D("0")
    )
    assert q4.deductible.non_deductible_vat == D("42.00")
    assert s.reports.irpf_summary("2026Q4").expenses == D("242.00")
    book = s.reports.received_book(2026, 4)
    row = dict(zip(RECEIVED_COLUMNS, book.rows[0], strict=False))
    assert (row["% deducible"], row["Cuota deducible"], row["Gasto deducible"]) == (
        D("0"),
        D("0.00"),
        D("242.00"),
    )
    assert (row["Ejercicio"], row["Periodo"]) == (2026, "4T")
