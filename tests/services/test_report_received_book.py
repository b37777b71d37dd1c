"""The libro registro de facturas recibidas (#21): rows, CSV and XLSX read back."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from facturas_app.services.report_received_book import (
    RECEIVED_COLUMNS,
    column_total,
    received_book,
    write_received_book,
)
from tests.services.purchases.expense_builders import expense, tax

D = Decimal
TWO_RATES = expense(
    "FV-9",
    (tax("100.00", "21", "21.00"), tax("50.00", "10", "5.00", "1.4", "0.70")),
    issue_date=dt.date(2026, 4, 3),
    received_on=dt.date(2026, 4, 6),
    irpf_rate="15",
    irpf="22.50",
)
CAR = expense(
    "G-1",
    (tax("60.33", "21", "12.67"),),
    issue_date=dt.date(2026, 4, 1),
    received_on=dt.date(2026, 4, 2),
    deductible="50",
)
CREDIT = expense("FV-9R", (tax("-10.00", "21", "-2.10"),), issue_date=dt.date(2026, 5, 4), credit_note=True)
GERMAN = expense(
    "DE-77",
    (tax("80.00", "0", "0.00"),),
    issue_date=dt.date(2026, 6, 30),
    supplier='=HYPERLINK("x") GmbH',
    supplier_tax_id="DE136695976",
    country="DE",
)
REJECTED = expense("X-1", issue_date=dt.date(2026, 5, 5), status="rejected")
EXPENSES = [TWO_RATES, CAR, CREDIT, GERMAN, REJECTED]


def col(row: tuple[object, ...], name: str) -> object:
    return row[RECEIVED_COLUMNS.index(name)]


def test_one_row_per_group_numbered_by_receipt_rejected_left_out() -> None:
    book = received_book("2026Q2", EXPENSES)
    assert book.expense_count == 4
    assert [(col(r, "Número"), col(r, "Número recepción")) for r in book.rows] == [
        ("G-1", 1),  # received 2 April
        ("FV-9", 2),  # received 6 April, two rates: two rows
        ("FV-9", 2),
        ("FV-9R", 3),
        ("DE-77", 4),
    ]
    assert all(len(r) == len(RECEIVED_COLUMNS) for r in book.rows)


def test_amounts_add_up_to_the_invoice_and_irpf_is_written_once() -> None:
    book = received_book("2026Q2", [TWO_RATES])
    first, second = book.rows
    assert col(first, "Total factura") == D("121.00")  # 100.00 + 21.00
    assert col(second, "Total factura") == D("55.70")  # 50.00 + 5.00 + 0.70
    assert (col(first, "Tipo retención IRPF %"), col(first, "Importe retenido IRPF")) == (D(15), D("22.50"))
    assert (col(second, "Tipo retención IRPF %"), col(second, "Importe retenido IRPF")) == (None, None)
    assert (col(first, "Tipo RE %"), col(first, "Cuota RE")) == (None, None)
    assert (col(second, "Tipo RE %"), col(second, "Cuota RE")) == (D("1.4"), D("0.70"))
    assert col(first, "Periodo") == "2T" and col(first, "Ejercicio") == 2026
    assert col(first, "Clave de operación") == "01" and col(first, "Tipo de factura") == "F1"
    assert (col(first, "Tipo NIF expedidor"), col(first, "NIF expedidor")) == ("", "B12345674")


def test_deductible_columns_and_the_credit_note() -> None:
    book = received_book("2026Q2", [CAR, CREDIT])
    car, credit = book.rows
    assert col(car, "Cuota deducible") == D("6.34")  # half of 12.67 = 6.335, half up
    assert col(car, "Gasto deducible") == D("66.66")  # 60.33 + 12.67 − 6.34
    assert col(credit, "Tipo de factura") == "R1"
    assert (col(credit, "Base imponible"), col(credit, "Cuota deducible")) == (D("-10.00"), D("-2.10"))
    assert col(credit, "Total factura") == D("-12.10")


def test_gasto_deducible_adds_up_to_the_130_expenses() -> None:
    book = received_book("2026Q2", EXPENSES)
    # 100.00 + 50.00 + 0.70 (recargo) + 66.66 (car) − 10.00 + 80.00; the rejected one not counted
    assert column_total(book, "Gasto deducible") == D("287.36")
    # 21.00 + 5.00 + 6.34 − 2.10 + 0.00
    assert column_total(book, "Cuota deducible") == D("30.24")


def test_a_foreign_supplier_is_named_by_its_vat_number() -> None:
    (row,) = received_book("2026Q2", [GERMAN]).rows
    assert (col(row, "Tipo NIF expedidor"), col(row, "Código país expedidor")) == ("02", "DE")
    assert col(row, "NIF expedidor") == "DE136695976"


def test_csv_for_spanish_excel(tmp_path: Path) -> None:
    path = write_received_book(received_book("2026Q2", EXPENSES), tmp_path / "recibidas.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == list(RECEIVED_COLUMNS)
    by_name = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert by_name[0]["Cuota deducible"] == "6,34"
    # AEAT's libro-registro layout, as the sales book: dates dd/mm/yyyy, rates '21,00'
    assert by_name[0]["Fecha expedición"] == "01/04/2026"
    assert (by_name[0]["Tipo IVA %"], by_name[0]["% deducible"]) == ("21,00", "50,00")
    assert by_name[3]["Base imponible"] == "-10,00"  # a plain negative stays a number
    assert by_name[4]["Nombre expedidor"].startswith("'=HYPERLINK")  # not a formula
    assert by_name[4]["Cuota IVA soportado"] == "0,00"


def test_xlsx_holds_numbers_and_dates(tmp_path: Path) -> None:
    path = write_received_book(received_book("2026Q2", EXPENSES), tmp_path / "recibidas.xlsx")
    sheet = load_workbook(path).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == RECEIVED_COLUMNS
    first = dict(zip(RECEIVED_COLUMNS, values[1], strict=True))
    assert first["Fecha expedición"] == dt.datetime(2026, 4, 1)
    assert first["Cuota deducible"] == 6.34  # a number cell (openpyxl reads it as float)
    assert str(values[5][RECEIVED_COLUMNS.index("Nombre expedidor")]).startswith("'=")
    cell = sheet.cell(row=2, column=RECEIVED_COLUMNS.index("Cuota deducible") + 1)
    assert cell.number_format == "#,##0.00"
