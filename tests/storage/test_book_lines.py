"""BookLines: a book's rows held as stored columns, made into BookRows when read."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from facturas_app.storage.api_reports import BOOK_CANCELLED, BOOK_ISSUED, BookLines, BookRow
from facturas_app.storage.sqlite.book_rows import book_rows

D = Decimal
SOL = ("Sol", "A58818501", "ES")
ROWS = [
    ("2026-01-02", "F-1", None, None, 0, *SOL, "", 10000, "21", 2100, "0", 0, 1500, 10600),
    ("2026-01-02", "F-1", None, None, 0, *SOL, "E1", 5000, "0", 0, "0", 0, 1500, 10600),
    ("2026-01-03", "F-2", None, None, 1, "Luna", "B1", "ES", "", 2000, "10", 200, "0", 0, 0, 220),
]  # fmt: skip


@pytest.fixture
def lines() -> BookLines:
    return book_rows(ROWS, [], lambda ids: {})


def test_rows_are_made_when_read_by_index_slice_or_iteration(lines: BookLines) -> None:
    every = list(lines)
    assert len(lines) == 3 and all(type(row) is BookRow for row in every)
    assert lines[0] == every[0] and lines[-1] == every[2] and lines[1:] == every[1:]
    assert lines[0].issue_date == dt.date(2026, 1, 2) and lines[0].base == D("100.00")
    assert lines[1].irpf is None and lines[1].total is None  # IRPF and total on the first row only
    assert lines[2].status == BOOK_CANCELLED and lines[2].base == D("0.00") and lines[2].total == D("0.00")
    assert lines[0].status == BOOK_ISSUED and lines[0].invoice_type == "F1"
    with pytest.raises(IndexError):
        lines[3]
    with pytest.raises(IndexError):
        lines[-4]


def test_a_column_is_what_the_rows_hold(lines: BookLines) -> None:
    for field in BookRow._fields:
        assert lines.column(field) == [getattr(row, field) for row in lines]
    assert lines.column("vat") == [D("21.00"), D("0.00"), D("0.00")]


def test_equal_to_any_sequence_of_the_same_rows(lines: BookLines) -> None:
    assert lines == list(lines) and list(lines) == lines and lines == tuple(lines)
    rows = list(lines)
    assert lines != rows[:2] and lines != [*rows[:2], rows[0]]
    assert lines != "not a book" and lines.__eq__(42) is NotImplemented
    assert repr(lines).startswith("BookLines([BookRow(issue_date=datetime.date(2026, 1, 2)")


def test_an_empty_book_and_mismatched_columns() -> None:
    empty = book_rows([], [], lambda ids: {})
    assert len(empty) == 0 and list(empty) == [] and empty.column("number") == []
    with pytest.raises(ValueError):
        BookLines([[1]] * 3, [None] * 3)  # not one column per field
    with pytest.raises(ValueError):
        BookLines([[1], [1, 2], *([[1]] * 14)], [None] * 16)  # columns of different lengths
