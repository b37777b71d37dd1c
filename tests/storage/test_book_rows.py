"""book_rows: the sales book's stored values become BookRows by the book's rules (the words, the zeros
of a cancelled invoice, IRPF and total on an invoice's first row only, no rate for an invoice without
tax groups), rules the query applied with CASE before. Rows are written here in _BOOK's column order;
tests/services/test_report_book_demo.py checks the whole path against an independent recomputation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from facturas_app.storage.api_reports import BOOK_CANCELLED, BOOK_ISSUED, BookRow
from facturas_app.storage.sqlite.book_rows import book_rows

D = Decimal
ZERO = D("0.00")
NUMBERS = {"orig-id": "F-2026-0001"}

# date, number, type (NULL: F1), rectifies id, cancelled, name, tax id, country, exemption,
# base, VAT rate, VAT, surcharge rate, surcharge, IRPF, total (cents, rates as stored text)
SOL = ("Sol", "A58818501", "ES")
ROWS = [
    ("2026-01-02", "F-2026-0001", None, None, 0, *SOL, "", 10000, "21", 2100, "0", 0, 1500, 10600),
    ("2026-01-02", "F-2026-0001", None, None, 0, *SOL, "E1", 5000, "0", 0, "0", 0, 1500, 10600),
    ("2026-01-03", "F-2026-0002", None, None, 1, "Luna", "B1", "ES", "", 2000, "10", 200, "1.4", 28, 0, 2228),
    ("2026-01-03", "F-2026-0002", None, None, 1, "Luna", "B1", "ES", "", 3000, "21", 630, "0", 0, 0, 2228),
    ("2026-02-01", "R-2026-0001", "R1", "orig-id", 0, *SOL, "", -100, "21", -21, "0", 0, 0, -121),
    ("2026-02-02", "S-2026-0001", "F2", None, 0, "", "", "", "", None, None, None, None, None, 0, 0),
]  # fmt: skip


def _rectified(ids: set[str]) -> dict[str, str]:
    return {i: NUMBERS[i] for i in ids}


def test_stored_values_become_the_books_rows() -> None:
    jan2, jan3 = dt.date(2026, 1, 2), dt.date(2026, 1, 3)
    expected = [
        BookRow(jan2, "F-2026-0001", "F1", "", BOOK_ISSUED, *SOL, "", D("100.00"), D(21), D("21.00"),
                D(0), ZERO, D("15.00"), D("106.00")),
        BookRow(jan2, "F-2026-0001", "F1", "", BOOK_ISSUED, *SOL, "E1", D("50.00"), D(0), ZERO,
                D(0), ZERO, None, None),
        BookRow(jan3, "F-2026-0002", "F1", "", BOOK_CANCELLED, "Luna", "B1", "ES", "", ZERO, D(10), ZERO,
                D("1.4"), ZERO, ZERO, ZERO),
        BookRow(jan3, "F-2026-0002", "F1", "", BOOK_CANCELLED, "Luna", "B1", "ES", "", ZERO, D(21), ZERO,
                D(0), ZERO, None, None),
        BookRow(dt.date(2026, 2, 1), "R-2026-0001", "R1", "F-2026-0001", BOOK_ISSUED, *SOL, "",
                D("-1.00"), D(21), D("-0.21"), D(0), ZERO, ZERO, D("-1.21")),
        BookRow(dt.date(2026, 2, 2), "S-2026-0001", "F2", "", BOOK_ISSUED, "", "", "", "", ZERO, None,
                ZERO, None, ZERO, ZERO, ZERO),
    ]  # fmt: skip
    lines = book_rows(ROWS, [], _rectified)
    assert all(type(line) is BookRow for line in lines)
    # repr: Decimal("0.00") == Decimal("0"), but the files print what the repr shows
    assert [repr(line) for line in lines] == [repr(line) for line in expected]


def test_a_counted_rectifying_invoice_shows_its_difference_instead() -> None:
    differences = [("R-2026-0001", "", "21", "0", -100, -21, 0, 0, -121)]
    lines = book_rows(ROWS, differences, _rectified)
    assert [line.number for line in lines] == [row[1] for row in ROWS]
    assert lines[4].base == D("-1.00") and lines[4].total == D("-1.21")
    assert lines[4].rectifies == "F-2026-0001"


def test_no_rows_no_lookup() -> None:
    def refuse(ids: set[str]) -> dict[str, str]:
        raise AssertionError(ids)

    assert book_rows([], [], refuse) == []
    assert book_rows(ROWS[:1], [], refuse)[0].rectifies == ""
