"""The libro registro de facturas recibidas (#21): the period's received invoices as the gestor
files them, `.csv` for Spanish Excel (BOM, `;`, decimal comma, dates dd/mm/yyyy, like the sales
book) or `.xlsx`.

Layout: the columns of AEAT's common electronic format for the IVA and IRPF books (Orden
HAC/773/2019, sheet "RECIBIDAS_GASTOS"; art. 64.4 RIVA for what the IVA book must hold), the ones
expenses record: one row per invoice and tax group (validation 7: several rates, several rows,
the common data repeated), each row's "Total factura" the subtotal of its group so the rows add up
to the invoice, the IRPF withheld only on the invoice's first row; a credit note with its negative
amounts (validation 8: rectification by differences). Rows are numbered in order of receipt
("Número recepción"). "Gasto deducible" is the row's IRPF cost (reports_purchases.irpf_cost: base,
VAT not deducted and recargo), so the column adds up to box 02 of the Modelo 130.
Clave de operación 01: the general regime is the only one expenses record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from facturas_app.domain.identifiers import EU_COUNTRIES, normalize_tax_id
from facturas_app.domain.money import money_text
from facturas_app.domain.purchases import Expense, ExpenseTax
from facturas_app.domain.text_rules import printable
from facturas_app.services.exporters.csv_safe import safe_cell, write_csv
from facturas_app.services.output_files import ALLOW_OVERWRITE, OutputPolicy, replacing
from facturas_app.services.report_cells import book_date, book_rate
from facturas_app.services.reports_purchases import counted

RECEIVED_COLUMNS = (
    "Ejercicio",
    "Periodo",
    "Tipo de factura",
    "Fecha expedición",
    "Fecha operación",
    "Número",
    "Fecha recepción",
    "Número recepción",
    "Tipo NIF expedidor",
    "Código país expedidor",
    "NIF expedidor",
    "Nombre expedidor",
    "Clave de operación",
    "Total factura",
    "Base imponible",
    "Tipo IVA %",
    "Cuota IVA soportado",
    "% deducible",
    "Cuota deducible",
    "Tipo RE %",
    "Cuota RE",
    "Fecha pago",
    "Tipo retención IRPF %",
    "Importe retenido IRPF",
    "Gasto deducible",
    "Categoría",
    "Estado",
)
RECEIVED_MONEY = frozenset(
    {
        "Total factura",
        "Base imponible",
        "Cuota IVA soportado",
        "Cuota deducible",
        "Cuota RE",
        "Importe retenido IRPF",
        "Gasto deducible",
    }
)
RECEIVED_RATES = frozenset({"Tipo IVA %", "% deducible", "Tipo RE %", "Tipo retención IRPF %"})
GENERAL_REGIME = "01"
INVOICE, CREDIT_NOTE = "F1", "R1"  # R1: art. 80 Uno, Dos (discounts, returns) and Seis LIVA
EU_VAT_ID, OTHER_ID = "02", "04"  # NIF-IVA; official document of the country of residence


@dataclass(frozen=True)
class ReceivedBook:
    label: str  # "2026Q2", "2026"
    rows: list[tuple[Any, ...]]  # in RECEIVED_COLUMNS order
    expense_count: int


def received_book(label: str, expenses: Iterable[Expense]) -> ReceivedBook:
    """The book of the given expenses (the period's, from storage's `expenses_in`): rejected ones
    are left out, the rest numbered by date received (then issue date and number)."""
    rows = sorted(counted(expenses), key=lambda e: (e.received_on, e.issue_date, e.number, e.id))
    lines = [line for index, e in enumerate(rows, 1) for line in expense_rows(e, index)]
    return ReceivedBook(label=label, rows=lines, expense_count=len(rows))


def expense_rows(expense: Expense, reception: int) -> list[tuple[Any, ...]]:
    """One expense's rows in RECEIVED_COLUMNS order: one per tax group, IRPF on the first only."""
    head = _common(expense, reception)
    tail = (expense.category, expense.status)
    rows = []
    for index, tax in enumerate(expense.taxes):
        irpf = (expense.irpf_rate, expense.irpf) if index == 0 and expense.irpf else (None, None)
        rows.append((*head, *_amounts(expense, tax), *irpf, _irpf_cost(expense, tax), *tail))
    return rows


def _common(expense: Expense, reception: int) -> tuple[Any, ...]:
    kind, country, tax_id = _supplier_id(expense)
    # the period it is booked in: the one it was received in (the 303 deducts it there)
    quarter = (expense.received_on.month - 1) // 3 + 1
    operation = expense.operation_date if expense.operation_date != expense.issue_date else None
    return (
        expense.received_on.year,
        f"{quarter}T",
        CREDIT_NOTE if expense.is_credit_note else INVOICE,
        expense.issue_date,
        operation,
        expense.number,
        expense.received_on,
        reception,
        kind,
        country,
        tax_id,
        expense.supplier_name,
        GENERAL_REGIME,
    )


def _supplier_id(expense: Expense) -> tuple[str, str, str]:
    """(Tipo, Código país, Identificación): a Spanish NIF alone, without separators or prefix; a
    foreign supplier by its EU VAT number (02) or its own country's document (04)."""
    compact = normalize_tax_id(expense.supplier_tax_id)
    country = expense.supplier_country.upper() or "ES"
    if country == "ES":
        return "", "", compact[2:] if compact.startswith("ES") else compact
    return (EU_VAT_ID if country in EU_COUNTRIES else OTHER_ID), country, compact


def _amounts(expense: Expense, tax: ExpenseTax) -> tuple[Any, ...]:
    percent = expense.vat_deduction_percent
    deductible = tax.deductible_vat(percent)
    return (
        tax.base + tax.vat + tax.surcharge,
        tax.base,
        tax.vat_rate,
        tax.vat,
        percent,
        deductible,
        tax.surcharge_rate if tax.surcharge_rate else None,
        tax.surcharge if tax.surcharge_rate else None,
        expense.paid_on,
    )


def _irpf_cost(expense: Expense, tax: ExpenseTax) -> Decimal:
    """The group's IRPF cost: its base, the VAT it does not let us deduct, the recargo."""
    return tax.base + (tax.vat - tax.deductible_vat(expense.vat_deduction_percent)) + tax.surcharge


def book_lines(book: ReceivedBook) -> list[tuple[Any, ...]]:
    """The rows in RECEIVED_COLUMNS order, as the files and the screen show them."""
    return book.rows


def column_total(book: ReceivedBook, column: str) -> Decimal:
    index = RECEIVED_COLUMNS.index(column)
    return sum((row[index] for row in book_lines(book) if row[index] is not None), Decimal(0))


def write_received_book(book: ReceivedBook, path: Path, policy: OutputPolicy = ALLOW_OVERWRITE) -> Path:
    """`.csv` or `.xlsx` by the file's extension, through a temporary file (output_files)."""
    with replacing(path, policy) as tmp:
        if path.suffix.lower() == ".xlsx":
            write_received_xlsx(book, tmp)
        else:
            write_received_csv(book, tmp)
    return path


def _csv_cell(name: str, value: Any) -> Any:
    """As the sales book's CSV (report_files): amounts and rates '1234,50' / '21,00', dates
    dd/mm/yyyy — AEAT's libro-registro layout."""
    if isinstance(value, Decimal) and name in RECEIVED_MONEY:
        return money_text(value).replace(".", ",")
    if isinstance(value, Decimal) and name in RECEIVED_RATES:
        return book_rate(value)
    if isinstance(value, dt.date):
        return book_date(value)
    return value


def write_received_csv(book: ReceivedBook, path: Path) -> Path:
    rows = ([_csv_cell(n, v) for n, v in zip(RECEIVED_COLUMNS, row, strict=True)] for row in book_lines(book))
    write_csv(rows, RECEIVED_COLUMNS, path)
    return path


def write_received_xlsx(book: ReceivedBook, path: Path, title: str = "Libro recibidas") -> Path:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    add_received_sheet(workbook, book, title)
    workbook.save(path)
    return path


def add_received_sheet(workbook: Any, book: ReceivedBook, title: str = "Libro recibidas") -> None:
    """The book as one sheet of a write-only workbook (the quarter pack adds it beside the others)."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    sheet = workbook.create_sheet(title)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    head = []
    for name in RECEIVED_COLUMNS:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        head.append(cell)
    sheet.append(head)
    formats = [_number_format(name) for name in RECEIVED_COLUMNS]
    for row in book_lines(book):
        sheet.append([_xlsx_cell(sheet, value, fmt) for value, fmt in zip(row, formats, strict=True)])


def _xlsx_cell(sheet: Any, value: Any, fmt: str | None) -> Any:
    from openpyxl.cell import WriteOnlyCell

    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = printable(value)
        value = safe_cell(value) if value.startswith(("=", "+", "-", "@", "\t", "\r", "'")) else value
    cell = WriteOnlyCell(sheet, value=value)
    if fmt is not None:
        cell.number_format = fmt
    return cell


def _number_format(column: str) -> str | None:
    if column in RECEIVED_MONEY:
        return "#,##0.00"
    if column in RECEIVED_RATES:
        return "0.00"
    if column.startswith("Fecha"):
        return "DD/MM/YYYY"
    return None
