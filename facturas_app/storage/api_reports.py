"""Storage records of the tax reports: the period sums and the sales book's rows.

Kept apart from storage/api.py (which declares the Transaction methods that return these) as
api_sales.py is. SQLite: storage/sqlite/repo_reports.py and book_rows.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import repeat as _repeat
from typing import Any, NamedTuple


@dataclass(frozen=True)
class ReportTaxRow:
    """Counted amounts of one tax group in a period; `rectification` separates corrections' differences."""

    exemption: str | None
    vat_rate: Decimal
    surcharge_rate: Decimal
    rectification: bool
    base: Decimal
    vat: Decimal
    surcharge: Decimal


@dataclass(frozen=True)
class ReportTotals:
    invoice_count: int
    base: Decimal
    vat: Decimal
    surcharge: Decimal
    irpf: Decimal
    total: Decimal


@dataclass(frozen=True)
class ClientQuarterRow:
    client_id: str
    tax_id: str
    name: str
    country: str
    quarter: int
    amount: Decimal


BOOK_ISSUED, BOOK_CANCELLED = "emitida", "anulada"  # the book's Estado column


class BookRow(NamedTuple):
    """One row of the sales book: one issued invoice and stored tax group (AEAT's layout for several
    rates), in the book's column order. A cancelled invoice is listed with zero amounts; a rectifying
    one counts the difference it makes (per group, largest rates first). IRPF and total sit on an
    invoice's first row only (None on the others), so the columns add up. A tuple, not a dataclass:
    the year's book at 100,000 invoices is ~77,000 of them, built in C (storage/sqlite/repo_reports.py).
    """

    issue_date: dt.date
    number: str
    invoice_type: str  # F1, F2, R1..R5
    rectifies: str  # the rectified invoice's number, or ""
    status: str  # BOOK_ISSUED / BOOK_CANCELLED
    client_name: str
    client_tax_id: str
    client_country: str
    exemption: str
    base: Decimal
    vat_rate: Decimal | None  # None: an invoice with no tax group at all
    vat: Decimal
    surcharge_rate: Decimal | None
    surcharge: Decimal
    irpf: Decimal | None
    total: Decimal | None


class Memo(dict[Any, Any]):
    """value → convert(value), made once per distinct value (the book's dates, amounts and cell texts
    repeat a lot); `memo.__getitem__` is then a C dict lookup, cheap to map over a column."""

    def __init__(self, convert: Any) -> None:
        super().__init__()
        self.convert = convert

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self.convert(key)
        return value


class BookLines(Sequence[BookRow]):
    """A sales book's rows, held as one list per BookRow field (stored values) with the function that
    turns a stored value into the book's (a date text into a date, cents into Decimal, ...).

    The report is computed without making its rows: a year at 100,000 invoices is ~77,000 BookRows,
    and making them cost as much as the query. A BookRow is made when it is read (the Reports view
    reads the rows on screen); `column(field)` gives a whole column in the book's values, for the
    files. Compares equal to any sequence of the same BookRows.
    """

    __slots__ = ("_convert", "_length", "_stored")

    def __init__(self, stored: Sequence[Sequence[Any]], convert: Sequence[Any]) -> None:
        if len(stored) != len(BookRow._fields) or len(convert) != len(stored):
            raise ValueError("one stored column and one conversion (or None) per BookRow field")
        self._length = len(stored[0])
        if any(len(column) != self._length for column in stored):
            raise ValueError("stored columns of different lengths")
        self._stored, self._convert = stored, convert

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self._row(k) for k in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("book row out of range")
        return self._row(index)

    def _row(self, k: int) -> BookRow:
        values = (
            column[k] if convert is None else convert(column[k])
            for column, convert in zip(self._stored, self._convert, strict=True)
        )
        return tuple.__new__(BookRow, values)

    def __iter__(self) -> Any:
        # tuple.__new__(BookRow, values) is what BookRow._make does, minus a Python call per row
        columns = map(self._converted, range(len(self._stored)))
        return map(tuple.__new__, _repeat(BookRow), zip(*columns, strict=True))

    def _converted(self, field: int) -> Any:
        column, convert = self._stored[field], self._convert[field]
        return column if convert is None else map(convert, column)

    def column(self, field: str) -> list[Any]:
        """One field of every row, in the book's values (what `[getattr(r, field) for r in self]` gives)."""
        return list(self._converted(BookRow._fields.index(field)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # equal to lists, which are not hashable either

    def __repr__(self) -> str:
        return f"BookLines({list(self)!r})"
