"""The sales book's rows (repo_reports._BOOK) as BookRows, a column at a time.

A year at 100,000 invoices is ~77,000 rows of 16 values. Per-row Python (a call, an `if`, a tuple
unpacked) costs more than SQLite takes to find the rows, so the work per row is C: `zip` transposes,
`map` over dict and tuple lookups converts, and only the few exceptional rows (an invoice's further
groups, cancelled invoices, rectifying ones) are patched in Python loops over their indexes. SQLite
hands over the raw stored values (NULL where there is nothing to send): every word, zero and `None`
of the book is decided here, by the same rules the query used to apply with CASE.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from functools import lru_cache
from itertools import compress
from operator import eq
from typing import Any

from facturas_app.domain.money import from_cents, to_decimal
from facturas_app.storage.api_reports import BOOK_CANCELLED, BOOK_ISSUED, BookLines, BookRow, Memo

F1 = "F1"  # invoice type of an ordinary invoice: the query sends NULL for it


@lru_cache(maxsize=256)
def rate(value: str) -> Decimal:
    """A stored rate text (few distinct ones) as Decimal."""
    return to_decimal(value)


def money(cents: int | None) -> Decimal:
    """Stored cents as an amount; no value (an invoice without tax groups) is zero."""
    return from_cents(cents or 0)


@contextmanager
def collector_paused() -> Iterator[None]:
    """No garbage collection while the book is built: a year is ~150,000 fresh tuples (the fetched
    rows, then the BookRows), none of which can be garbage yet, and the collections they trigger kept
    walking them (and a full one the whole heap): a third of the year's book time. GC is process-wide,
    so it is only postponed and put back as it was, never forced on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _money_or_none(cents: int | None) -> Decimal | None:
    return None if cents is None else money(cents)  # IRPF and total: None off an invoice's first row


def _rate_or_none(text: str | None) -> Decimal | None:
    return None if text is None else rate(text)  # no tax group at all: no rate


def book_rows(
    rows: list[tuple[Any, ...]],
    differences: Sequence[tuple[Any, ...]],
    rectified: Callable[[set[str]], dict[str, str]],
) -> BookLines:
    """_BOOK's rows as the book's lines, with _BOOK_DIFFERENCES' rows in place of the counted
    rectifying invoices' own. `rectified(ids)` gives the numbers of the invoices that rectifying
    ones replace (the query sends their ids: joining the few that have one cost more than this).

    The rules are applied to the stored values a column at a time; the lines keep those values and
    turn them into the book's (dates, Decimals, words) when read (BookLines)."""
    if not rows:
        return BookLines([[] for _ in BookRow._fields], [None] * len(BookRow._fields))
    columns = [list(column) for column in zip(*rows, strict=True)]
    number, cancelled = columns[_NUMBER], columns[_CANCELLED]
    irpf, total = columns[_IRPF], columns[_TOTAL]
    # IRPF and total go on an invoice's first row only, so the columns add up (AEAT's layout).
    for k in compress(range(1, len(number)), map(eq, number[1:], number[:-1])):
        irpf[k] = total[k] = None
    # A cancelled invoice is listed with zero amounts (and stays out of every sum).
    for k in compress(range(len(cancelled)), cancelled):
        columns[_BASE][k] = columns[_VAT][k] = columns[_SURCHARGE][k] = 0
        if irpf[k] is not None:
            irpf[k] = total[k] = 0
    if differences:
        columns = _with_differences(columns, differences)
    ids = set(columns[_RECTIFIES]) - {None}
    to_number = rectified(ids) if ids else {}
    amount, first_row_amount = Memo(money).__getitem__, Memo(_money_or_none).__getitem__
    to_rate = Memo(_rate_or_none).__getitem__
    convert = (
        Memo(dt.date.fromisoformat).__getitem__,
        None,
        Memo(lambda kind: F1 if kind is None else kind).__getitem__,  # NULL: an ordinary invoice
        Memo(lambda rectifies: to_number.get(rectifies, "")).__getitem__,
        (BOOK_ISSUED, BOOK_CANCELLED).__getitem__,
        None,
        None,
        None,
        None,
        amount,
        to_rate,
        amount,
        to_rate,
        amount,
        first_row_amount,
        first_row_amount,
    )
    return BookLines(columns, convert)


# _BOOK's columns: date, number, type, rectifies id, cancelled, name, tax id, country, exemption, base,
# VAT rate, VAT, surcharge rate, surcharge, IRPF, total; _BOOK_DIFFERENCES' from exemption on.
_NUMBER, _RECTIFIES, _CANCELLED, _EXEMPTION = 1, 3, 4, 8
_BASE, _VAT, _SURCHARGE, _IRPF, _TOTAL = 9, 11, 13, 14, 15
_Piece = tuple[int, int, list[tuple[Any, ...]]]  # (first row, row after, the rows in their place)


def _with_differences(columns: list[list[Any]], differences: Sequence[tuple[Any, ...]]) -> list[list[Any]]:
    """Each counted rectifying invoice's own rows give way to the difference it makes (few invoices):
    one row per group, with the invoice's columns up to the exemption and the group's from there
    (IRPF and total on the first only)."""
    groups: dict[str, list[tuple[Any, ...]]] = {}
    for number, *group in differences:
        groups.setdefault(number, []).append(tuple(group))
    numbers = columns[_NUMBER]
    pieces: list[_Piece] = []
    k = 0
    for k in compress(range(len(numbers)), map(groups.__contains__, numbers)):
        if pieces and k < pieces[-1][1]:
            continue  # a further row of an invoice already replaced
        end = k + 1
        while end < len(numbers) and numbers[end] == numbers[k]:
            end += 1
        head = [column[k] for column in columns[:_EXEMPTION]]
        new_rows = [
            (*head, ex, base, vat_rate, vat, sur_rate, sur, *((irpf, total) if i == 0 else (None, None)))
            for i, (ex, vat_rate, sur_rate, base, vat, sur, irpf, total) in enumerate(groups[numbers[k]])
        ]
        pieces.append((k, end, new_rows))
    return [_spliced(column, field, pieces) for field, column in enumerate(columns)]


def _spliced(
    column: list[Any], field: int, pieces: list[tuple[int, int, list[tuple[Any, ...]]]]
) -> list[Any]:
    result: list[Any] = []
    done = 0
    for start, end, new_rows in pieces:
        result += column[done:start]
        result += [row[field] for row in new_rows]
        done = end
    result += column[done:]
    return result
