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
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from functools import lru_cache
from itertools import compress, islice, repeat
from operator import eq
from typing import Any

from facturas_app.domain.money import to_decimal
from facturas_app.storage.api import BOOK_CANCELLED, BOOK_ISSUED, BookRow

F1 = "F1"  # invoice type of an ordinary invoice: the query sends NULL for it


@lru_cache(maxsize=256)
def rate(value: str) -> Decimal:
    """A stored rate text (few distinct ones) as Decimal."""
    return to_decimal(value)


def money(cents: int | None) -> Decimal:
    """Cents as Decimal by scaling (exact, no rounding involved): the same value and exponent as
    money.from_cents."""
    return Decimal(int(cents or 0)).scaleb(-2)


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


def _amounts(cents: Iterable[int]) -> Iterator[Decimal]:
    """Cents to Decimal in C (map over Decimal and Decimal.scaleb): the same value and exponent as
    money.from_cents, at a fraction of its cost."""
    return map(Decimal.scaleb, map(Decimal, cents), repeat(-2))


def _lookup(values: Collection[Any], convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """dict.__getitem__ of each distinct value → its conversion: one conversion per distinct value,
    shared by the rows (the objects are immutable)."""
    return dict(zip(values, map(convert, values), strict=True)).__getitem__


def book_rows(
    rows: list[tuple[Any, ...]],
    differences: Sequence[tuple[Any, ...]],
    rectified: Callable[[set[str]], dict[str, str]],
) -> list[BookRow]:
    """_BOOK's rows as BookRows, with _BOOK_DIFFERENCES' rows in place of the counted rectifying
    invoices' own. `rectified(ids)` gives the numbers of the invoices that rectifying ones replace
    (the query sends their ids: joining the few that have one cost more than this lookup)."""
    if not rows:
        return []
    columns = zip(*rows, strict=True)
    day, number, kind, rectifies, cancelled, name, tax_id, country, exemption = islice(columns, 9)
    base, vat_rate, vat, sur_rate, sur, irpf, total = columns
    date = _lookup(set(day), dt.date.fromisoformat)
    rates = {*vat_rate, *sur_rate} - {None}  # no rate: an invoice with no tax group at all
    to_rate = dict(zip(rates, map(rate, rates), strict=True))
    to_rate[None] = None
    cents = set().union(base, vat, sur, irpf, total)
    cents.discard(None)  # no tax group
    to_money = dict(zip(cents, _amounts(cents), strict=True))
    to_money[None] = money(0)  # ... has zero amounts
    amount = to_money.__getitem__
    ids = set(rectifies) - {None}
    to_number = rectified(ids) if ids else {}
    bases, vats, surs = list(map(amount, base)), list(map(amount, vat)), list(map(amount, sur))
    irpfs, totals = list(map(amount, irpf)), list(map(amount, total))
    # IRPF and total go on an invoice's first row only, so the columns add up (AEAT's layout).
    for k in compress(range(1, len(number)), map(eq, number[1:], number[:-1])):
        irpfs[k] = totals[k] = None
    # A cancelled invoice is listed with zero amounts (and stays out of every sum).
    zero = to_money[None]
    for k in compress(range(len(cancelled)), cancelled):
        bases[k] = vats[k] = surs[k] = zero
        if irpfs[k] is not None:
            irpfs[k] = totals[k] = zero
    # tuple.__new__(BookRow, values) is what BookRow._make does, minus a Python call per row
    lines = list(
        map(
            tuple.__new__,
            repeat(BookRow),
            zip(
                map(date, day),
                number,
                map({None: F1}.get, kind, kind),  # NULL: an ordinary invoice
                map(to_number.get, rectifies, repeat("")),
                map((BOOK_ISSUED, BOOK_CANCELLED).__getitem__, cancelled),
                name,
                tax_id,
                country,
                exemption,
                bases,
                map(to_rate.__getitem__, vat_rate),
                vats,
                map(to_rate.__getitem__, sur_rate),
                surs,
                irpfs,
                totals,
                strict=True,
            ),
        )
    )
    return _with_differences(lines, number, differences) if differences else lines


def _with_differences(
    lines: list[BookRow], numbers: Sequence[str], differences: Sequence[tuple[Any, ...]]
) -> list[BookRow]:
    """Each counted rectifying invoice's own rows give way to the difference it makes (few invoices).
    `numbers`: the lines' invoice numbers."""
    groups: dict[str, list[tuple[Any, ...]]] = {}
    for number, *group in differences:
        groups.setdefault(number, []).append(tuple(group))
    result: list[BookRow] = []
    done = 0
    for k in compress(range(len(numbers)), map(groups.__contains__, numbers)):
        if k < done:
            continue  # a further row of an invoice already replaced
        head = lines[k]
        result += lines[done:k]
        result += _difference_rows(head, groups[head.number])
        done = k + 1
        while done < len(lines) and numbers[done] == head.number:
            done += 1
    return result + lines[done:]


def _difference_rows(head: BookRow, groups: list[tuple[Any, ...]]) -> list[BookRow]:
    return [
        head._replace(
            exemption=ex,
            base=money(base),
            vat_rate=None if vat_rate is None else rate(vat_rate),
            vat=money(vat),
            surcharge_rate=None if sur_rate is None else rate(sur_rate),
            surcharge=money(sur),
            irpf=money(irpf) if i == 0 else None,
            total=money(total) if i == 0 else None,
        )
        for i, (ex, vat_rate, sur_rate, base, vat, sur, irpf, total) in enumerate(groups)
    ]
