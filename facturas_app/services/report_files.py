"""Report files for the gestor: CSV for Spanish Excel (BOM, `;`, decimal comma) and XLSX (openpyxl).

The books' CSV (issued here, received in report_received_book.py) write dates and rates as
report_cells.py says, amounts as _money_cell: AEAT's libro-registro layout.

openpyxl is imported inside the functions that need it: the GUI imports this module's callers at
start-up and should not pay for it.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from itertools import repeat
from operator import is_not, methodcaller
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facturas_app.domain.money import CENT, money_text
from facturas_app.domain.text_rules import printable
from facturas_app.services.exporters.csv_safe import format_value, safe_cell, write_csv
from facturas_app.services.output_files import ALLOW_OVERWRITE, OutputPolicy, replacing
from facturas_app.services.report_cells import book_date, book_rate
from facturas_app.storage.api_reports import BookRow, Memo

if TYPE_CHECKING:
    from facturas_app.services.reports import Client347, Op349, SalesBook, VatSummary

BOOK_COLUMNS = (
    "Fecha expedición",
    "Número",
    "Tipo factura",
    "Rectifica a",
    "Estado",
    "Cliente",
    "NIF cliente",
    "País",
    "Exención/Calificación",
    "Base imponible",
    "Tipo IVA %",
    "Cuota IVA",
    "Tipo RE %",
    "Cuota RE",
    "Retención IRPF",
    "Total factura",
)
MONEY_COLUMNS = frozenset(
    {
        "Base imponible",
        "Cuota IVA",
        "Cuota RE",
        "Retención IRPF",
        "Total factura",
        "Importe",
        "Total",
        "1T",
        "2T",
        "3T",
        "4T",
        "Base",
    }
)
RATE_COLUMNS = frozenset({"Tipo IVA %", "Tipo RE %"})
SUMMARY_COLUMNS = ("Modelo", "Casilla", "Concepto", "Importe")
COLUMNS_347 = ("NIF", "Nombre", "Total", "1T", "2T", "3T", "4T")
COLUMNS_349 = ("NIF-IVA", "País", "Nombre", "Trimestre", "Clave", "Base")


def book_rows(book: SalesBook) -> Sequence[tuple[Any, ...]]:
    """The book as rows in BOOK_COLUMNS order (the GUI table shows the same): its lines are already
    tuples in that order (storage.api_reports.BookRow), made as they are read (the GUI reads the
    rows on screen)."""
    return book.lines


def _book_columns(book: SalesBook) -> list[list[Any]]:
    """The book a column at a time, in BOOK_COLUMNS order, without making its rows."""
    return [book.lines.column(field) for field in BookRow._fields]


def write_book(book: SalesBook, path: Path, policy: OutputPolicy = ALLOW_OVERWRITE) -> Path:
    """`.csv` or `.xlsx` by the file's extension, through a temporary file (output_files)."""
    with replacing(path, policy) as tmp:
        if path.suffix.lower() == ".xlsx":
            write_book_xlsx(book, tmp)
        else:
            write_book_csv(book, tmp)
    return path


def write_book_csv(book: SalesBook, path: Path) -> Path:
    """The book as `write_report_csv(book_rows(book), BOOK_COLUMNS, path)` writes it, byte for byte,
    in a fraction of the time: a year is ~1.2 million cells, and formatting and escaping each one
    through the generic writer took seconds. Here the work is done a column at a time, in C where it
    can be (see _column_texts), and the lines are joined in C unless a cell needs csv's quoting.
    """
    columns = _book_columns(book)
    texts = [_column_texts(name, column) for name, column in zip(BOOK_COLUMNS, columns, strict=True)]
    header = [safe_cell(name) for name in BOOK_COLUMNS]
    lines = [header, *zip(*texts, strict=True)]
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        # amounts never hold a quote, `;` or line break: only the other columns need looking at
        others = [
            column for name, column in zip(BOOK_COLUMNS, texts, strict=True) if name not in MONEY_COLUMNS
        ]
        if any(_QUOTED.search("".join(column)) for column in (header, *others)):
            csv.writer(handle, **CSV_DIALECT).writerows(lines)
        else:
            handle.write("".join(map(_csv_line, lines)))
    return path


# csv_safe.write_csv's dialect (Spanish Excel). write_book_csv writes texts already made safe, which
# write_csv would escape a second time; tests/services/test_report_book_demo.py holds the two equal.
CSV_DIALECT: dict[str, Any] = {"delimiter": ";", "lineterminator": "\r\n", "quoting": csv.QUOTE_MINIMAL}
_QUOTED = re.compile('[;"\r\n]')  # a cell csv would quote under CSV_DIALECT
_FORMULA_START = ("'", "=", "+", "-", "@", "\t", "\r")  # a text safe_cell might escape
_COMMA = methodcaller("replace", ".", ",")
_is_set = partial(is_not, None)


def _csv_line(cells: Sequence[str]) -> str:
    return ";".join(cells) + "\r\n"


def _column_texts(name: str, column: Sequence[Any]) -> Sequence[str]:
    """One column's cell texts, as write_report_csv makes them: safe_cell(format_value(cell)), money
    through _money_cell first. Texts that cannot be formulas are taken as they are; amounts are
    rounded and printed in C (a money text is never escaped: digits, a comma, at most a leading
    minus, which safe_cell keeps); anything else is formatted once per distinct value."""
    kinds = set(map(type, column))
    if name in RATE_COLUMNS or name.startswith("Fecha"):
        return list(map(Memo(partial(_book_cell, name)).__getitem__, column))
    if name in MONEY_COLUMNS:
        if kinds <= {Decimal, type(None)}:
            # money.round_money in C: Decimal.quantize(amount, CENT, ROUND_HALF_UP)
            rounded = map(Decimal.quantize, filter(_is_set, column), repeat(CENT), repeat(ROUND_HALF_UP))
            texts = map(_COMMA, map(str, rounded))
            if type(None) not in kinds:
                return list(texts)
            return [next(texts) if v is not None else "" for v in column]
        return list(map(Memo(_money_text).__getitem__, column))
    if kinds <= {str} and not any(map(methodcaller("startswith", _FORMULA_START), column)):
        return column
    return list(map(Memo(_plain_text).__getitem__, column))


def _plain_text(value: Any) -> str:
    return safe_cell(format_value(value))


def _money_text(value: Any) -> str:
    return safe_cell(format_value(_money_cell(value)))


def _book_cell(name: str, value: Any) -> str:
    return safe_cell(format_value(_report_cell(name, value)))


def write_report_csv(rows: Iterable[Sequence[Any]], header: Sequence[str], path: Path) -> None:
    """write_csv with amounts and rates at two decimals ('50,00', '21,00', as the gestor expects)
    and dates dd/mm/yyyy (the books' columns named "Fecha…")."""
    write_csv(
        ([_report_cell(name, v) for name, v in zip(header, row, strict=False)] for row in rows),
        header,
        path,
    )


def _report_cell(name: str, value: Any) -> Any:
    if name in MONEY_COLUMNS:
        return _money_cell(value)
    if name in RATE_COLUMNS:
        return book_rate(value) if isinstance(value, Decimal) else value
    if name.startswith("Fecha") and isinstance(value, dt.date):
        return book_date(value)
    return value


def _money_cell(value: Any) -> Any:
    return money_text(value).replace(".", ",") if isinstance(value, Decimal) else value


def summary_rows(summary: VatSummary) -> list[tuple[str, str, str, Any]]:
    from facturas_app.services.reports import BOX_LABELS, BOX_LABELS_130

    rows: list[tuple[str, str, str, Any]] = [
        ("303", box, BOX_LABELS.get(box, ""), value) for box, value in _box_order(summary.boxes)
    ]
    rows += [("130", box, BOX_LABELS_130[box], value) for box, value in summary.boxes_130.items()]
    rows += [("", "", f"Exenta {code}", value) for code, value in summary.exempt_by_code.items()]
    rows += [
        ("", "", "No sujeta (N1/N2)", summary.not_subject_base),
        ("", "", "IRPF retenido en el periodo", summary.irpf_withheld),
        ("", "", "Facturas del periodo", summary.invoice_count),
    ]
    rows += [
        ("", "", f"Sin casilla: IVA {g.vat_rate} % RE {g.surcharge_rate} % (base)", g.base)
        for g in summary.unmapped
    ]
    return rows


def full_summary_rows(summary: VatSummary) -> list[tuple[str, str, str, Any]]:
    """The pack's summary (#21): the 303's boxes of both sides (the expenses' 28-46 among the sales
    boxes, in box order), then the whole Modelo 130 in place of its 01/06, then summary_rows' notes.
    Without the expenses' side it is summary_rows itself (the screen's table keeps that one)."""
    from facturas_app.services.reports_purchases import summary_rows_purchases

    rows = summary_rows(summary)
    if summary.deductible is None or summary.result is None or summary.irpf is None:
        return rows
    extra = summary_rows_purchases(summary.deductible, summary.result, summary.irpf)
    boxes_303 = sorted([r for r in [*rows, *extra] if r[0] == "303"], key=_box_key)
    notes = [r for r in rows if r[0] not in ("303", "130")]
    return [*boxes_303, *(r for r in extra if r[0] == "130"), *notes]


def _box_key(row: tuple[str, str, str, Any]) -> int:
    return int(row[1])


def _summary_money(summary: VatSummary) -> list[tuple[Any, ...]]:
    """Summary rows with the 303's rate boxes (02, 05, 08...) kept as rates, not money (the 130's
    02 and 05 are amounts)."""
    from facturas_app.services.reports import BOX_LABELS

    return [
        (
            *row[:3],
            str(row[3]) if row[0] == "303" and BOX_LABELS.get(row[1], "").startswith("Tipo") else row[3],
        )
        for row in full_summary_rows(summary)
    ]


def _box_order(boxes: dict[str, Decimal]) -> list[tuple[str, Decimal]]:
    return sorted(boxes.items(), key=lambda kv: int(kv[0]))


def rows_347(clients: Iterable[Client347]) -> list[tuple[Any, ...]]:
    return [(c.tax_id, c.name, c.total, *c.quarters) for c in clients]


def rows_349(ops: Iterable[Op349]) -> list[tuple[Any, ...]]:
    # Clave E: intra-EU supplies (E5 lines); the form splits goods (E) and services (S), which the
    # invoice lines do not record yet: the gestor checks the key.
    return [(o.tax_id, o.country, o.name, f"{o.quarter}T", "E", o.base) for o in ops]


def summary_json(summary: VatSummary) -> dict[str, Any]:
    """The `report vat` shape of CLI.md, plus boxes and the Modelo 130 figures."""
    return {
        "period": summary.period.label,
        "groups": [
            {
                "vat_rate": str(g.vat_rate),
                "surcharge_rate": str(g.surcharge_rate),
                "base": money_text(g.base),
                "vat": money_text(g.vat),
                "surcharge": money_text(g.surcharge),
            }
            for g in summary.groups
        ],
        "exempt_base": money_text(summary.exempt_base),
        "reverse_charge_base": money_text(summary.reverse_charge_base),
        "irpf_withheld": money_text(summary.irpf_withheld),
        "invoice_count": summary.invoice_count,
        "exempt_by_code": {k: money_text(v) for k, v in summary.exempt_by_code.items()},
        "intra_eu_base": money_text(summary.intra_eu_base),
        "export_base": money_text(summary.export_base),
        "not_subject_base": money_text(summary.not_subject_base),
        "base": money_text(summary.base),
        "total": money_text(summary.total),
        "ytd_income": money_text(summary.ytd_income),
        "ytd_irpf_withheld": money_text(summary.ytd_irpf_withheld),
        "boxes": {box: _box_text(box, v) for box, v in _box_order(summary.boxes)},
        "boxes_130": {box: money_text(v) for box, v in summary.boxes_130.items()},
        "unmapped": [
            {
                "vat_rate": str(g.vat_rate),
                "surcharge_rate": str(g.surcharge_rate),
                "base": money_text(g.base),
                "vat": money_text(g.vat),
                "surcharge": money_text(g.surcharge),
            }
            for g in summary.unmapped
        ],
        **_purchases_json(summary),
    }


def _purchases_json(summary: VatSummary) -> dict[str, Any]:
    """#21: "deductible" and "result" (CLI.md), and the Modelo 130 year to date."""
    from facturas_app.services.reports_purchases import deductible_json, modelo_130_json

    if summary.deductible is None or summary.result is None:
        return {}
    extra: dict[str, Any] = {
        "deductible": deductible_json(summary.deductible),
        "result": money_text(summary.result),
    }
    if summary.irpf is not None:
        extra["modelo_130"] = modelo_130_json(summary.irpf)
    return extra


def _box_text(box: str, value: Decimal) -> str:
    from facturas_app.services.reports import BOX_LABELS

    return str(value) if BOX_LABELS.get(box, "").startswith("Tipo") else money_text(value)


def write_book_xlsx(
    book: SalesBook,
    path: Path,
    summary: VatSummary | None = None,
    clients: Sequence[Client347] = (),
    ops: Sequence[Op349] = (),
) -> Path:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    _sheet(workbook, "Libro expedidas", BOOK_COLUMNS, book_rows(book))
    if summary is not None:
        _sheet(workbook, "Resumen 303-130", SUMMARY_COLUMNS, summary_rows(summary))
        _sheet(workbook, "Modelo 347", COLUMNS_347, rows_347(clients))
        _sheet(workbook, "Modelo 349", COLUMNS_349, rows_349(ops))
    workbook.save(path)
    return path


def _sheet(workbook: Any, title: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    sheet = workbook.create_sheet(title)
    sheet.freeze_panes = "A2"
    for index, name in enumerate(header):
        sheet.column_dimensions[_column_letter(index)].width = max(12, min(40, len(name) + 4))
    bold = Font(bold=True)
    head = []
    for name in header:
        cell = WriteOnlyCell(sheet, value=_xlsx_text(name))
        cell.font = bold
        head.append(cell)
    sheet.append(head)
    # openpyxl's per-cell work is the whole cost of a big sheet, so every cell it can skip is skipped:
    # empty texts and None are left out (they read back as None either way), and only the columns
    # with a number format get a styled cell. A write-only sheet serialises each row as it is
    # appended, so one styled cell per column is reused for every row (styling 300,000 fresh cells
    # one by one was what made the book slow).
    formats = [_number_format(name) for name in header]
    styled = {k: _cell(sheet, None, fmt) for k, fmt in enumerate(formats) if fmt is not None}
    for row in rows:
        values = [None if value == "" else _xlsx_text(value) for value in row]
        for k, cell in styled.items():
            if k < len(values) and values[k] is not None:
                cell.value = values[k]
                values[k] = cell
        sheet.append(values)


def _xlsx_text(value: Any) -> Any:
    """A text cell a spreadsheet could run (`=HYPERLINK(...)`; openpyxl would even store a text
    starting with `=` as a formula) gets safe_cell's apostrophe; numbers and dates stay as they are."""
    if type(value) is not str:
        return value
    value = printable(value)  # XLSX (XML 1.0) cannot hold NUL, ESC... stored before input refused them
    return safe_cell(value) if value.startswith(_FORMULA_START) else value


def _number_format(column: str) -> str | None:
    if column in MONEY_COLUMNS:
        return "#,##0.00"
    if column in RATE_COLUMNS:
        return "0.00"
    if column.startswith("Fecha"):
        return "DD/MM/YYYY"
    return None


def _cell(sheet: Any, value: Any, fmt: str | None) -> Any:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    if fmt is not None:
        cell.number_format = fmt
    return cell


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))
