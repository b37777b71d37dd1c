"""The sales book and its files on a demo ledger, against an independent recomputation.

The ledger is the demo generator's (hundreds of invoices over 18 months: several tax rates per
invoice, cancellations, R1 corrections) plus hand-made edge cases: a chain of two corrections of one
invoice, a correction of a cancelled original, a cancelled correction, surcharge and exemptions, and
client names that the CSV must quote or escape. Every row of the year's book is recomputed here from
the domain invoices (`Invoice.totals`, the engine's groups) with the counting rules of issue #11,
never from the report code; the files are read back with the csv module and openpyxl.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from facturas_app.bootstrap import Services
from facturas_app.domain.invoice import DocType, Invoice, Status
from facturas_app.domain.parties import Client
from facturas_app.services.demo import DemoService
from facturas_app.services.exporters.csv_safe import safe_cell
from facturas_app.services.report_files import (
    BOOK_COLUMNS,
    book_rows,
    write_book,
    write_book_csv,
    write_report_csv,
)
from facturas_app.storage.api import InvoiceQuery
from tests.services.report_helpers import TODAY, ZERO, issue, line, make_services, rectify

# A company's address is on every full invoice to it (RD 1619/2012 art. 6): issuing needs it.
ADDRESS = {"address": "Av. del Puerto 22", "postal_code": "46021", "city": "Valencia"}

D = Decimal
YEAR = TODAY.year
TRICKY = {
    "semi": 'Bar "El Punto"; Copas S.L.',  # csv must quote it
    "formula": '@HYPERLINK("http://x.example")',  # csv_safe must escape it (= is refused in names, 1287)
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, list[Invoice]]]:
    services = make_services(tmp_path_factory.mktemp("book") / "data")
    DemoService(services.store, services.clock).generate(700, seed=11)
    for cid, name in TRICKY.items():
        services.clients.add(Client(id=cid, name=name, tax_id="B12345674", **ADDRESS))
    # The demo fills the series up to today; hand-made invoices are issued today.
    issue(
        services,
        "sol",
        TODAY,
        [line("100"), line("50", vat="10", surcharge="1.4"), line("80", vat="0", exemption="E1")],
        irpf="15",
    )
    original = issue(services, "luna", TODAY, [line("300"), line("20", vat="4")])
    rectify(services, original, TODAY, [line("250"), line("40", vat="4"), line("10", vat="10")])
    rectify(services, original, TODAY, [line("100")])  # replaces the first correction
    dropped = issue(services, "sol", TODAY, [line("70")])
    rectify(services, dropped, TODAY, [line("60")])
    services.invoices.cancel(dropped.number or "", "Duplicada")  # its correction counts in full
    kept = issue(services, "luna", TODAY, [line("40")])
    wrong = rectify(services, kept, TODAY, [line("45")])
    services.invoices.cancel(wrong.number or "", "Error")  # a cancelled correction counts 0
    for cid in TRICKY:
        issue(services, cid, TODAY, [line("12.34")])
    with services.store.read() as tx:
        ids = [row.id for row in tx.list_invoices(InvoiceQuery(today=TODAY))]
    invoices = [services.invoices.get(i) for i in ids]
    yield services, invoices
    services.close()


# ----- the independent recomputation ----------------------------------------------------------------
def _order(invoice: Invoice) -> tuple[Any, ...]:
    series, year, seq = (invoice.number or "").rsplit("-", 2)
    return invoice.issue_date, series, int(year), int(seq)


def _issued(invoices: list[Invoice]) -> list[Invoice]:
    return [i for i in invoices if i.number is not None and i.doc_type is DocType.INVOICE]


def _replaced(invoice: Invoice, invoices: list[Invoice]) -> Invoice | None:
    """The version a counted correction replaces: the latest earlier live correction of the same
    original, else the original itself unless it was cancelled."""
    earlier = [
        other
        for other in _issued(invoices)
        if other.rectifies_id == invoice.rectifies_id
        and other.id != invoice.id
        and other.status is not Status.CANCELLED
        and _order(other) < _order(invoice)
    ]
    if earlier:
        return max(earlier, key=_order)
    original = next(i for i in invoices if i.id == invoice.rectifies_id)
    return None if original.status is Status.CANCELLED else original


def _groups(invoice: Invoice) -> dict[tuple[str, D, D], list[D]]:
    return {
        (g.exemption or "", g.vat_rate, g.surcharge_rate): [g.base, g.vat, g.surcharge]
        for g in invoice.totals.groups
    }


def _difference(invoice: Invoice, invoices: list[Invoice]) -> tuple[list[tuple[Any, ...]], D, D]:
    mine, irpf, total = _groups(invoice), invoice.totals.irpf, invoice.totals.total
    old = _replaced(invoice, invoices)
    if old is not None:
        for key, amounts in _groups(old).items():
            entry = mine.setdefault(key, [ZERO, ZERO, ZERO])
            mine[key] = [a - b for a, b in zip(entry, amounts, strict=True)]
        irpf, total = irpf - old.totals.irpf, total - old.totals.total
    keys = sorted(mine, key=lambda k: (-k[1], -k[2], k[0]))
    return [(k[0], mine[k][0], k[1], mine[k][1], k[2], mine[k][2]) for k in keys], irpf, total


def expected_book(invoices: list[Invoice], year: int) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    by_id = {i.id: i for i in invoices}
    for inv in sorted((i for i in _issued(invoices) if i.issue_date.year == year), key=_order):
        cancelled = inv.status is Status.CANCELLED
        snapshot = inv.client_snapshot
        head = (
            inv.issue_date,
            inv.number,
            (inv.rectification_kind or "R1") if inv.rectifies_id else "F1",
            by_id[inv.rectifies_id].number if inv.rectifies_id else "",
            "anulada" if cancelled else "emitida",
            str(snapshot.get("name", "")),
            str(snapshot.get("tax_id", "")),
            str(snapshot.get("country", "")),
        )
        irpf, total = inv.totals.irpf, inv.totals.total
        if inv.rectifies_id and not cancelled:
            groups, irpf, total = _difference(inv, invoices)
        else:
            groups = [
                (g.exemption or "", g.base, g.vat_rate, g.vat, g.surcharge_rate, g.surcharge)
                for g in inv.totals.groups
            ]
        if cancelled:
            groups = [(ex, ZERO, v, ZERO, s, ZERO) for ex, _, v, _, s, _ in groups]
            irpf = total = ZERO
        for n, group in enumerate(groups or [("", ZERO, None, ZERO, None, ZERO)]):
            rows.append((*head, *group, irpf if n == 0 else None, total if n == 0 else None))
    return rows


# ----- the book ---------------------------------------------------------------------------------------
def test_the_ledger_has_the_cases_under_test(ledger: tuple[Services, list[Invoice]]) -> None:
    _, invoices = ledger
    issued = [i for i in _issued(invoices) if i.issue_date.year == YEAR]
    assert sum(1 for i in issued if i.rectifies_id) >= 4
    assert any(i.status is Status.CANCELLED for i in issued if not i.rectifies_id)
    assert sum(1 for i in issued if len(i.totals.groups) >= 3) >= 20  # several rates per invoice


def test_every_row_of_the_year_book_matches_the_recomputation(
    ledger: tuple[Services, list[Invoice]],
) -> None:
    services, invoices = ledger
    book = services.reports.sales_book(YEAR)
    expected = expected_book(invoices, YEAR)
    assert [tuple(line) for line in book.lines] == expected
    assert book.invoice_count == len({row[1] for row in expected})
    assert all(line.base.as_tuple().exponent == -2 for line in book.lines)  # money at cents


def test_quarter_books_are_the_year_split_by_issue_date(ledger: tuple[Services, list[Invoice]]) -> None:
    services, _ = ledger
    year = services.reports.sales_book(YEAR).lines
    quarters = [services.reports.sales_book(YEAR, q).lines for q in (1, 2, 3, 4)]
    assert [line for q in quarters for line in q] == year
    assert all((line.issue_date.month + 2) // 3 == q for q, lines in enumerate(quarters, 1) for line in lines)


# ----- the files --------------------------------------------------------------------------------------
def _money(value: D | None) -> str:
    return "" if value is None else f"{value:.2f}".replace(".", ",")


def _rate(value: D | None) -> str:
    """AEAT's libro-registro layout: two decimals and a decimal comma ('21,00', '5,20')."""
    return "" if value is None else f"{value:.2f}".replace(".", ",")


def _csv_row(row: tuple[Any, ...]) -> list[str]:
    """What the gestor's CSV must say for one book row, written out independently."""
    day, number, kind, rectifies, status, name, tax_id, country = row[:8]
    ex, base, vat_rate, vat, sur_rate, sur, irpf, total = row[8:]
    day_text = f"{day.day:02d}/{day.month:02d}/{day.year}"  # dd/mm/yyyy, as the AEAT's book
    texts = [day_text, number, kind, rectifies, status, name, tax_id, country, ex]
    texts = ["'" + t if t[:1] in ("=", "+", "-", "@") else t for t in texts]
    return [
        *texts,
        _money(base),
        _rate(vat_rate),
        _money(vat),
        _rate(sur_rate),
        _money(sur),
        _money(irpf),
        _money(total),
    ]


@pytest.mark.parametrize("period", [(YEAR, None), (YEAR, 1)], ids=["year-quoted", "q1-plain"])
def test_book_csv_reads_back_and_equals_the_generic_writer(
    ledger: tuple[Services, list[Invoice]], tmp_path: Path, period: tuple[int, int | None]
) -> None:
    services, invoices = ledger
    book = services.reports.sales_book(*period)
    path = write_book(book, tmp_path / "libro.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == list(BOOK_COLUMNS)
    expected = [r for r in expected_book(invoices, YEAR) if period[1] is None or r[0].month <= 3]
    assert rows[1:] == [_csv_row(r) for r in expected]
    # The column-wise writer and the generic one (cell by cell through csv_safe) agree byte for byte.
    write_report_csv(book_rows(book), BOOK_COLUMNS, tmp_path / "generic.csv")
    assert raw == (tmp_path / "generic.csv").read_bytes()
    quoted = '"Bar ""El Punto""; Copas S.L."' in raw.decode("utf-8-sig")
    assert quoted == (period[1] is None)  # both of write_book_csv's paths are exercised


def test_empty_book_csv_is_the_header(ledger: tuple[Services, list[Invoice]], tmp_path: Path) -> None:
    services, _ = ledger
    book = services.reports.sales_book(2030)
    write_book_csv(book, tmp_path / "a.csv")
    write_report_csv([], BOOK_COLUMNS, tmp_path / "b.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


def _formats() -> dict[str, str]:
    money = {"Base imponible", "Cuota IVA", "Cuota RE", "Retención IRPF", "Total factura"}
    formats = {name: "#,##0.00" for name in money}
    formats.update({"Tipo IVA %": "0.00", "Tipo RE %": "0.00", "Fecha expedición": "DD/MM/YYYY"})
    return formats


def test_book_xlsx_reads_back_with_values_and_number_formats(
    ledger: tuple[Services, list[Invoice]], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    services, invoices = ledger
    book = services.reports.sales_book(YEAR, 4)
    sheet = load_workbook(write_book(book, tmp_path / "libro.xlsx")).active
    rows = list(sheet.iter_rows())
    assert [c.value for c in rows[0]] == list(BOOK_COLUMNS) and all(c.font.b for c in rows[0])
    expected = [r for r in expected_book(invoices, YEAR) if r[0].month >= 10]
    assert len(rows) == len(expected) + 1
    formats = _formats()
    for cells, row in zip(rows[1:], expected, strict=True):
        for name, cell, value in zip(BOOK_COLUMNS, cells, row, strict=False):
            if value is None or value == "":
                assert cell.value is None
            elif isinstance(value, dt.date):
                assert cell.value == dt.datetime.combine(value, dt.time())
            elif isinstance(value, Decimal):
                assert D(str(cell.value)) == value, (name, cell.value, value)
            else:  # a text a spreadsheet could run comes out inert (#17), as in the CSV
                assert cell.value == safe_cell(value) and cell.data_type == "s"
            if cell.value is not None:
                assert cell.number_format == formats.get(name, "General"), name
